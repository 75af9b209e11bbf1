/** "Paired extensions": each with when it was paired and last used, and a revoke button. */
import type { Pairing } from '@aigenc/shared/contract';
import { useSetup } from './context.ts';
import { formatTime } from './format.ts';
import { useResource } from './use-resource.ts';

export function PairedExtensions({ round }: { round: number }) {
  const { t, api, language, report } = useSetup();
  const [pairings, reload] = useResource(() => api.pairings(), [round]);

  const revoke = (pairing: Pairing) => {
    if (!window.confirm(t('revokeConfirm'))) return;
    void api.revokePairing(pairing.id).then(reload, report);
  };
  const time = (iso: string | null) => (iso ? formatTime(iso, language) : t('never'));

  return (
    <section aria-labelledby="pairings-heading" class="card">
      <h2 id="pairings-heading">{t('pairingsHeading')}</h2>
      <div id="pairings" aria-live="polite">
        {pairings?.length === 0 && <p class="muted">{t('pairingsEmpty')}</p>}
        {pairings && pairings.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colLabel')}</th>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colLastUsed')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {pairings.map((pairing) => (
                <tr key={pairing.id}>
                  <td>{pairing.label}</td>
                  <td>{time(pairing.createdAt)}</td>
                  <td>{time(pairing.lastUsedAt)}</td>
                  <td>
                    <button type="button" class="danger" data-pairing-id={pairing.id} onClick={() => revoke(pairing)}>
                      {t('revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
