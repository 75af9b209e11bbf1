/**
 * Pairing: the person types the code shown by the companion once; the token it returns is kept
 * in storage.local by the caller. Errors are shown in the companion's own words.
 */
import { useState } from 'preact/hooks';
import { normalizePairingCode } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';

export interface PairFormProps {
  revoked: boolean;
  onPair: (code: string) => Promise<void>;
}

export function PairForm({ revoked, onPair }: PairFormProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (normalizePairingCode(code).length === 0) {
      setError(t('pairCodeEmpty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onPair(code);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="pair-heading">
      <h2 id="pair-heading">{t('pairHeading')}</h2>
      {revoked && <p class="notice">{t('errorUnauthenticated')}</p>}
      <p class="muted">{t('pairHelp')}</p>
      <form onSubmit={(event) => void submit(event)} class="pair-form">
        <label for="pair-code">{t('pairCodeLabel')}</label>
        <div class="row">
          <input
            id="pair-code"
            name="code"
            autoComplete="off"
            spellcheck={false}
            autoCapitalize="characters"
            maxLength={32}
            placeholder={t('pairCodePlaceholder')}
            value={code}
            onInput={(event) => setCode(event.currentTarget.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? 'pair-error' : undefined}
          />
          <button type="submit" disabled={busy}>
            {busy ? t('pairBusy') : t('pairButton')}
          </button>
        </div>
        {error && (
          <p id="pair-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
