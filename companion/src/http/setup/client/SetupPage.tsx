/** The whole page: header with the language links, the four cards, the error line and the footer. */
import { useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGES } from '@aigenc/shared/language';
import { useSetup } from './context.ts';
import { Connections } from './Connections.tsx';
import { PairedExtensions } from './PairedExtensions.tsx';
import { PairingCode } from './PairingCode.tsx';
import { SaturationCriteria } from './SaturationCriteria.tsx';

export function SetupPage({ version, error }: { version: string; error: string | null }) {
  const { t, language } = useSetup();
  const [pairingsRound, setPairingsRound] = useState(0);
  const other = LANGUAGES.find((lang) => lang !== language) ?? language;
  return (
    <>
      <header class="top">
        <h1>{t('title')}</h1>
        <nav aria-label={t('language')}>
          {LANGUAGES.map((lang) => (
            <a
              key={lang}
              href={`/setup?lang=${lang}`}
              lang={lang}
              aria-current={lang === language ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[lang]}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <p class="lead">{t('lead')}</p>
        <PairingCode onIssued={() => setPairingsRound((n) => n + 1)} />
        <PairedExtensions round={pairingsRound} />
        <SaturationCriteria />
        <Connections />
        <p id="error" class="error" role="alert" hidden={!error}>
          {error}
        </p>
      </main>
      <footer class="muted">
        {t('footer')} · v{version} ·{' '}
        <a href={`/setup?lang=${other}`} lang={other}>
          {LANGUAGE_NAMES[other]}
        </a>
      </footer>
    </>
  );
}
