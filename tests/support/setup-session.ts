/** What the setup page's own script sends: its origin, same-origin fetch metadata and the CSRF token. */
import { SETUP_CSRF_HEADER } from '@aigenc/shared/contract';
import { call } from './http.ts';

export async function setupHeaders(port: number): Promise<Record<string, string>> {
  const page = await call(port, '/setup');
  const boot = /<script type="application\/json" id="boot">(.*?)<\/script>/s.exec(page.text);
  if (!boot) throw new Error('setup page has no boot data');
  const { csrfToken } = JSON.parse(boot[1]!) as { csrfToken: string };
  return {
    origin: `http://127.0.0.1:${port}`,
    'sec-fetch-site': 'same-origin',
    [SETUP_CSRF_HEADER]: csrfToken,
  };
}
