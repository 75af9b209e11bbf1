/**
 * How to start the companion, with each command to copy: the first-run guide shows all of it, the
 * popup's "not running" state the commands for an installed companion and the doctor.
 */
import { useEffect, useState } from 'preact/hooks';
import { extensionVersion, operatingSystem, t } from '../../platform/browser.ts';
import { copyText } from '../../platform/clipboard.ts';
import { desktopSystem, startCommands, type DesktopSystem } from './start-commands.ts';

function Command({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="command">
      <code>{text}</code>
      <button
        type="button"
        class="link"
        onClick={() =>
          void copyText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('copied') : t('copyCommand')}
      </button>
    </div>
  );
}

/** The system Chrome runs on, once known (Linux's words until then). */
function useSystem(): DesktopSystem {
  const [system, setSystem] = useState<DesktopSystem>('linux');
  useEffect(() => {
    void operatingSystem().then(
      (os) => setSystem(desktopSystem(os)),
      () => undefined,
    );
  }, []);
  return system;
}

export function StartHelp({ firstRun = false }: { firstRun?: boolean }) {
  const system = useSystem();
  const commands = startCommands(extensionVersion());
  return (
    <div class="start-help" data-system={system}>
      <p>{t(`startTerminal_${system}`)}</p>
      {firstRun && (
        <>
          <p class="muted">{t('startInstallOnce')}</p>
          <Command text={commands.install} />
        </>
      )}
      <p class="muted">{t('startService')}</p>
      <Command text={commands.service} />
      <p class="muted">{t('startOnce')}</p>
      <Command text={commands.once} />
      <p class="muted">{t('startDoctor')}</p>
      <Command text={commands.doctor} />
    </div>
  );
}
