/**
 * The setup page's script (runs in the browser; built with Vite and Preact like the extension).
 * Reads its boot data, follows the system theme and renders the page; any failure no card can
 * place goes to the page's error line.
 */
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import '@aigenc/shared/ui/tokens.css';
import './setup.css';
import { SetupApi } from './api.ts';
import { readBoot, type Boot } from './boot.ts';
import { wallClock } from './clock.ts';
import { messageOf, SetupContext, type Setup } from './context.ts';
import { SetupPage } from './SetupPage.tsx';
import { followSystemTheme } from './theme.ts';
import { wordsFor } from './words.ts';

function App({ boot }: { boot: Boot }) {
  const [error, setError] = useState<string | null>(null);
  const setup = useMemo<Setup>(() => {
    const t = wordsFor(boot.language);
    return {
      language: boot.language,
      t,
      api: new SetupApi({ ...boot, unreadable: t('unreadableAnswer') }),
      now: wallClock,
      report: (failure) => setError(t('loadFailed', { detail: messageOf(failure) })),
    };
  }, [boot]);
  return (
    <SetupContext.Provider value={setup}>
      <SetupPage version={boot.version} error={error} />
    </SetupContext.Provider>
  );
}

followSystemTheme(document.documentElement);
render(<App boot={readBoot(document)} />, document.getElementById('app')!);
