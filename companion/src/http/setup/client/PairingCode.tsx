/**
 * "Pair the extension": makes a one-time code and counts down its five minutes. The list of
 * paired extensions is refreshed a little later, when the code has likely been typed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PairingCodeResponse } from '@aigenc/shared/contract';
import { useSetup } from './context.ts';
import { minutesSeconds } from './format.ts';

const REFRESH_AFTER_MS = 15_000;

function useSecondsLeft(until: number | null, now: () => number): number {
  const left = () => (until === null ? 0 : Math.max(0, Math.round((until - now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (until === null) return undefined;
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
    // Restarts only for a new code.
  }, [until]);
  return seconds;
}

export function PairingCode({ onIssued }: { onIssued: () => void }) {
  const { t, api, now, report } = useSetup();
  const [issued, setIssued] = useState<PairingCodeResponse | null>(null);
  const secondsLeft = useSecondsLeft(issued ? Date.parse(issued.expiresAt) : null, now);

  useEffect(() => {
    if (!issued) return undefined;
    const timer = setTimeout(onIssued, REFRESH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [issued]);

  const issue = () => void api.issuePairingCode().then(setIssued, report);
  const live = issued !== null && secondsLeft > 0;
  return (
    <section aria-labelledby="pairing-heading" class="card">
      <h2 id="pairing-heading">{t('pairingHeading')}</h2>
      <p>{t('pairingHelp')}</p>
      <button type="button" id="new-code" onClick={issue}>
        {t('newCode')}
      </button>
      {issued && (
        <div id="code-box" class="code-box">
          <span class="code-label">{t('codeLabel')}</span>
          <output id="code" aria-live="polite">
            {live ? issued.code : ''}
          </output>
          <span id="code-expiry" class="muted">
            {live ? t('expiresIn', { time: minutesSeconds(secondsLeft) }) : t('expired')}
          </span>
        </div>
      )}
    </section>
  );
}
