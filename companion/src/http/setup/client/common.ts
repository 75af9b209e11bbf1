/** What every part of the setup page's script shares: boot data, strings, the API, DOM helpers. */

export interface Boot {
  csrfHeader: string;
  csrfToken: string;
  language: 'ko' | 'en';
  messages: Record<string, string>;
}

export const boot = JSON.parse(document.getElementById('boot')?.textContent ?? '{}') as Boot;

export function t(key: string, params: Record<string, string> = {}): string {
  const text = boot.messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

export class ApiError extends Error {}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T | null> {
  const response = await fetch(path, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': boot.language,
      [boot.csrfHeader]: boot.csrfToken,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return null;
  const data = (await response.json()) as T & { detail?: string };
  if (!response.ok) throw new ApiError(data.detail ?? String(response.status));
  return data;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function formatTime(iso: string | null): string {
  if (!iso) return t('never');
  return new Date(iso).toLocaleString(boot.language === 'ko' ? 'ko-KR' : 'en-GB');
}

export function showError(error: unknown): void {
  const box = document.getElementById('error');
  if (!box) return;
  box.textContent = t('loadFailed', { detail: error instanceof Error ? error.message : String(error) });
  box.hidden = false;
}
