/**
 * The setup page's script (runs in the browser, bundled by assets.ts). Reads its boot data from
 * the page, sends the CSRF header on every call, and builds the DOM with textContent only.
 */

import { api, el, formatTime, showError, t } from './common.ts';
import { loadConnectors } from './connectors.ts';
import { wallClock } from './clock.ts';

interface Pairing {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

async function loadPairings(): Promise<void> {
  const target = document.getElementById('pairings');
  if (!target) return;
  const data = await api<{ pairings: Pairing[] }>('GET', '/setup/api/pairings');
  const pairings = data?.pairings ?? [];
  if (pairings.length === 0) {
    target.replaceChildren(el('p', t('pairingsEmpty'), 'muted'));
    return;
  }
  const table = el('table');
  const head = el('tr');
  for (const key of ['colLabel', 'colCreated', 'colLastUsed', 'colActions']) {
    const th = el('th', t(key));
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead'), el('tbody'));
  table.tHead?.append(head);
  for (const pairing of pairings) {
    const row = el('tr');
    const revoke = el('button', t('revoke'), 'danger');
    revoke.type = 'button';
    revoke.dataset['pairingId'] = pairing.id;
    revoke.addEventListener('click', () => void revokePairing(pairing.id));
    const actions = el('td');
    actions.append(revoke);
    row.append(
      el('td', pairing.label),
      el('td', formatTime(pairing.createdAt)),
      el('td', formatTime(pairing.lastUsedAt)),
      actions,
    );
    table.tBodies[0]?.append(row);
  }
  target.replaceChildren(table);
}

async function revokePairing(id: string): Promise<void> {
  if (!window.confirm(t('revokeConfirm'))) return;
  try {
    await api('DELETE', `/setup/api/pairings/${encodeURIComponent(id)}`);
    await loadPairings();
  } catch (error) {
    showError(error);
  }
}

let countdown: number | undefined;

async function newCode(): Promise<void> {
  const data = await api<{ code: string; expiresAt: string }>('POST', '/setup/api/pairing-code', {});
  if (!data) return;
  const box = document.getElementById('code-box');
  const code = document.getElementById('code');
  const expiry = document.getElementById('code-expiry');
  if (!box || !code || !expiry) return;
  box.hidden = false;
  code.textContent = data.code;
  const end = Date.parse(data.expiresAt);
  window.clearInterval(countdown);
  const tick = (): void => {
    const left = Math.max(0, Math.round((end - wallClock()) / 1000));
    if (left === 0) {
      code.textContent = '';
      expiry.textContent = t('expired');
      window.clearInterval(countdown);
      return;
    }
    expiry.textContent = t('expiresIn', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` });
  };
  tick();
  countdown = window.setInterval(tick, 1000);
  // A code is typed once and then a new pairing appears: refresh the list while the code lives.
  window.setTimeout(() => void loadPairings().catch(showError), 15_000);
}

interface SaturationAnswer {
  saturation: { source: string; thresholds: { gold: number; silver: number; bronze: number } };
  saturationFormula: string;
}

function showSaturation(answer: SaturationAnswer): void {
  const form = document.getElementById('saturation-form') as HTMLFormElement | null;
  if (!form) return;
  (form.elements.namedItem('source') as HTMLSelectElement).value = answer.saturation.source;
  for (const name of ['gold', 'silver', 'bronze'] as const) {
    (form.elements.namedItem(name) as HTMLInputElement).value = String(answer.saturation.thresholds[name]);
  }
  const formula = document.getElementById('saturation-formula');
  if (formula) formula.textContent = answer.saturationFormula;
}

async function loadSaturation(): Promise<void> {
  const answer = await api<SaturationAnswer>('GET', '/setup/api/settings/saturation');
  if (answer) showSaturation(answer);
}

document.getElementById('saturation-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const value = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value);
  const status = document.getElementById('saturation-status');
  void api<SaturationAnswer>('PUT', '/setup/api/settings/saturation', {
    source: (form.elements.namedItem('source') as HTMLSelectElement).value,
    thresholds: { gold: value('gold'), silver: value('silver'), bronze: value('bronze') },
  })
    .then((answer) => {
      if (answer) showSaturation(answer);
      if (status) status.textContent = t('saved');
    })
    .catch((error: unknown) => {
      if (status) status.textContent = error instanceof Error ? error.message : String(error);
    });
});

document.getElementById('new-code')?.addEventListener('click', () => void newCode().catch(showError));
void loadPairings().catch(showError);
void loadConnectors().catch(showError);
void loadSaturation().catch(showError);
