/**
 * One card per connector: where its keys come from, the fields to enter them (secrets are
 * password fields, emptied the moment "연동" is pressed and never shown again), its status,
 * "check connection" and "disconnect", its capabilities, and for the Smart Store the read-only
 * order probe that must succeed before any write capability can be switched on.
 */
import { api, el, formatTime, showError, t } from './common.ts';
import { wallClock } from './clock.ts';

interface Field {
  name: string;
  secret: boolean;
  required: boolean;
  options?: string[];
}

interface Connection {
  provider: string;
  status: string;
  sandbox: boolean;
  source: 'vault' | 'env';
  capabilities: Record<string, { enabled: boolean; kind: 'read' | 'write' }>;
  lastCheckedAt: string | null;
  message: string | null;
  configuredAt?: string | null;
  keysUnchanged?: boolean;
}

interface Entry {
  provider: string;
  sandbox: boolean;
  fields: Field[];
  capabilities: Record<string, { kind: 'read' | 'write' }>;
  keysPage: string;
  connection: Connection | null;
}

interface AuditEntry {
  at: string;
  action: string;
  subject: string;
  detail: Record<string, string | number | boolean | null>;
}

interface Summary {
  count: number;
  duplicates: number;
  byType: Record<string, number>;
  reconciliation?: { expected: number; matches: boolean; difference: number };
}

const key = (provider: string) => provider.replaceAll('-', '_');

/** The last order probe's summary, kept across re-renders of the cards. */
let lastSummary: Summary | null = null;

/** Puts a message into a card's status line, after a re-render too. */
function say(provider: string, text: string): void {
  const note = document.querySelector(`section[data-provider="${provider}"] .note`);
  if (note) note.textContent = text;
}

function scope(): 'all' | 'real-api' {
  return (document.getElementById('show-sandbox') as HTMLInputElement | null)?.checked ? 'all' : 'real-api';
}

export async function loadConnectors(): Promise<void> {
  const target = document.getElementById('connectors');
  if (!target) return;
  const data = await api<{ connectors: Entry[] }>('GET', `/setup/api/catalogue?scope=${scope()}`);
  const entries = data?.connectors ?? [];
  if (entries.length === 0) {
    target.replaceChildren(el('p', t('connectorsEmpty'), 'muted'));
    return;
  }
  const audit = entries.some((e) => e.provider === 'naver-commerce')
    ? ((await api<{ entries: AuditEntry[] }>('GET', '/setup/api/audit'))?.entries ?? [])
    : [];
  target.replaceChildren(...entries.map((entry) => card(entry, audit)));
}

function statusLine(entry: Entry): HTMLElement {
  const line = el('p', undefined, 'connector-status');
  const connection = entry.connection;
  const status = connection?.status ?? 'SETUP_REQUIRED';
  line.append(el('span', t(`status_${status}`), `status status-${status.toLowerCase()}`));
  if (connection) line.append(el('span', connection.source === 'env' ? t('sourceEnv') : t('sourceVault'), 'muted'));
  if (entry.sandbox) line.append(el('span', t('sandbox'), 'badge'));
  if (connection?.configuredAt)
    line.append(el('span', t('configuredAt', { time: formatTime(connection.configuredAt) }), 'muted'));
  if (connection?.lastCheckedAt) {
    line.append(el('span', t('checkedAt', { time: formatTime(connection.lastCheckedAt) }), 'muted'));
  }
  return line;
}

function fieldInput(provider: string, field: Field): HTMLElement {
  const id = `${provider}-${field.name}`;
  const label = el('label', t(`field_${field.name}`));
  label.htmlFor = id;
  let input: HTMLInputElement | HTMLSelectElement;
  if (field.options) {
    input = el('select');
    for (const option of field.options) {
      const node = el('option', t(`option_${option}`));
      node.value = option;
      input.append(node);
    }
  } else {
    input = el('input');
    input.type = field.secret ? 'password' : 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.required = field.required;
    input.maxLength = 512;
    if (field.secret) input.dataset['secret'] = 'true';
  }
  input.id = id;
  input.name = field.name;
  const wrap = el('div', undefined, 'field');
  wrap.append(label, input);
  return wrap;
}

function card(entry: Entry, audit: AuditEntry[]): HTMLElement {
  const { provider, connection } = entry;
  const section = el('section', undefined, 'connector');
  section.dataset['provider'] = provider;
  const heading = el('h3', t(`provider_${key(provider)}`));
  heading.id = `connector-${provider}`;
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading, statusLine(entry));

  const where = el('p', t(`keysFrom_${key(provider)}`), 'keys-from');
  const open = el('a', t('openKeysPage'), 'button-link');
  open.href = entry.keysPage;
  open.target = '_blank';
  open.rel = 'noopener noreferrer';
  section.append(where, open, el('p', t('keysStayHere'), 'muted small'));
  if (connection?.message) section.append(el('p', connection.message, 'error'));
  const note = el('p', undefined, 'note');
  note.setAttribute('role', 'status');

  if (connection?.source === 'env') {
    section.append(el('p', t('envLocked'), 'muted'));
  } else {
    const form = el('form', undefined, 'connect-form');
    for (const field of entry.fields) form.append(fieldInput(provider, field));
    const submit = el('button', connection ? t('reconnect') : t('connect'));
    submit.type = 'submit';
    form.append(submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void connect(provider, form, note);
    });
    section.append(form);
  }

  const actions = el('div', undefined, 'actions');
  if (connection) {
    const check = el('button', t('validate'));
    check.type = 'button';
    check.addEventListener('click', () => {
      note.textContent = t('validating');
      void api('POST', `/setup/api/connections/${provider}/validate`, {})
        .then(() => loadConnectors())
        .catch(showError);
    });
    actions.append(check);
    if (connection.source === 'vault') {
      const remove = el('button', t('disconnect'), 'danger');
      remove.type = 'button';
      remove.addEventListener('click', () => {
        if (!window.confirm(t('disconnectConfirm'))) return;
        void api('DELETE', `/setup/api/connections/${provider}`)
          .then(() => loadConnectors())
          .catch(showError);
      });
      actions.append(remove);
    }
  }
  section.append(actions, note);
  if (connection) section.append(capabilities(entry, connection));
  if (provider === 'naver-commerce' && connection) section.append(orderProbe(), auditList(audit));
  return section;
}

/** Reads the form, empties every secret input at once, then sends. */
async function connect(provider: string, form: HTMLFormElement, note: HTMLElement): Promise<void> {
  const fields: Record<string, string> = {};
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))) {
    if (input.value.trim() !== '') fields[input.name] = input.value;
    if (input.dataset['secret']) input.value = '';
  }
  try {
    const answer = await api<Connection>('PUT', `/setup/api/connections/${provider}`, fields);
    await loadConnectors();
    say(provider, answer?.keysUnchanged ? t('keysUnchanged') : t('savedPaused'));
  } catch (error) {
    note.textContent = error instanceof Error ? error.message : String(error);
  }
}

function capabilities(entry: Entry, connection: Connection): HTMLElement {
  const box = el('div', undefined, 'capabilities');
  box.append(el('h4', t('capabilitiesHeading')));
  const list = el('ul');
  const editable = connection.source === 'vault';
  for (const [name, capability] of Object.entries(connection.capabilities)) {
    const item = el('li');
    const label = el('label', undefined, 'check');
    const toggle = el('input');
    toggle.type = 'checkbox';
    toggle.checked = capability.enabled;
    toggle.disabled = !editable || capability.kind === 'read';
    toggle.addEventListener('change', () => {
      void api('PUT', `/setup/api/connections/${entry.provider}/capabilities/${name}`, { enabled: toggle.checked })
        .then(() => loadConnectors())
        .catch((error: unknown) => {
          toggle.checked = !toggle.checked;
          say(entry.provider, error instanceof Error ? error.message : String(error));
        });
    });
    label.append(
      toggle,
      ` ${t(`cap_${name}`)} `,
      el('span', t(`kind_${capability.kind}`), `kind kind-${capability.kind}`),
    );
    item.append(label);
    list.append(item);
  }
  box.append(list);
  if (Object.values(connection.capabilities).some((c) => c.kind === 'write'))
    box.append(el('p', t('writesHelp'), 'muted small'));
  return box;
}

/** A datetime-local value for an instant, in the browser's time zone. */
function localInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function orderProbe(): HTMLElement {
  const box = el('div', undefined, 'order-probe');
  box.append(el('h4', t('orderProbeHeading')), el('p', t('orderProbeHelp'), 'muted small'));
  const form = el('form');
  const now = wallClock();
  const inputs: Record<string, HTMLInputElement> = {};
  for (const [name, type, value] of [
    ['from', 'datetime-local', localInput(now - 24 * 3_600_000)],
    ['to', 'datetime-local', localInput(now)],
    ['expected', 'number', ''],
  ] as const) {
    const input = el('input');
    input.type = type;
    input.name = name;
    input.id = `probe-${name}`;
    input.value = value;
    if (name === 'expected') input.min = '0';
    const label = el('label', t(name === 'from' ? 'probeFrom' : name === 'to' ? 'probeTo' : 'probeExpected'));
    label.htmlFor = input.id;
    const wrap = el('div', undefined, 'field');
    wrap.append(label, input);
    form.append(wrap);
    inputs[name] = input;
  }
  const run = el('button', t('probeRun'));
  run.type = 'submit';
  form.append(run);
  const result = el('div', undefined, 'probe-result');
  result.setAttribute('aria-live', 'polite');
  if (lastSummary) result.replaceChildren(...summaryLines(lastSummary));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body: Record<string, unknown> = {
      from: new Date(inputs['from']!.value).toISOString(),
      to: new Date(inputs['to']!.value).toISOString(),
    };
    if (inputs['expected']!.value !== '') body['expected'] = Number(inputs['expected']!.value);
    void api<Summary>('POST', '/setup/api/connections/naver-commerce/order-probe', body)
      .then(async (summary) => {
        lastSummary = summary;
        await loadConnectors();
      })
      .catch((error: unknown) =>
        result.replaceChildren(el('p', error instanceof Error ? error.message : String(error), 'error')),
      );
  });
  box.append(form, result);
  return box;
}

function summaryLines(summary: Summary): HTMLElement[] {
  const lines = [
    el('p', t('probeCount', { count: String(summary.count), duplicates: String(summary.duplicates) })),
    el(
      'p',
      Object.entries(summary.byType)
        .map(([type, count]) => `${type} ${count}`)
        .join(' · '),
      'muted small',
    ),
  ];
  const r = summary.reconciliation;
  if (r) {
    lines.push(
      el(
        'p',
        r.matches
          ? t('probeMatches', { expected: String(r.expected) })
          : t('probeDiffers', {
              expected: String(r.expected),
              difference: `${r.difference > 0 ? '+' : ''}${r.difference}`,
            }),
        r.matches ? 'ok' : 'error',
      ),
    );
  }
  return lines;
}

function auditList(entries: AuditEntry[]): HTMLElement {
  const box = el('div', undefined, 'audit');
  box.append(el('h4', t('auditHeading')));
  const list = el('ul', undefined, 'small');
  for (const entry of entries.filter((e) => e.subject === 'naver-commerce').slice(0, 8)) {
    const capability =
      typeof entry.detail['capability'] === 'string' ? ` · ${t(`cap_${entry.detail['capability']}`)}` : '';
    const status = typeof entry.detail['status'] === 'string' ? ` · ${t(`status_${entry.detail['status']}`)}` : '';
    list.append(el('li', `${formatTime(entry.at)} — ${t(`audit_${entry.action}`)}${capability}${status}`));
  }
  box.append(list);
  return box;
}

document.getElementById('show-sandbox')?.addEventListener('change', () => void loadConnectors().catch(showError));
if (new URLSearchParams(window.location.search).get('scope') === 'all') {
  const box = document.getElementById('show-sandbox') as HTMLInputElement | null;
  if (box) box.checked = true;
}
