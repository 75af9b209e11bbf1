/**
 * Opens the seller's work on a running companion as a seller would on the setup page: the token
 * check, the read-only order probe, then the four write switches, one by one.
 */
import { call } from './http.ts';
import { setupHeaders } from './setup-session.ts';

export const WRITE_CAPABILITIES = ['orderConfirmation', 'shippingInvoice', 'csAnswers', 'stockSync'] as const;

export async function switchOnSellerWork(
  port: number,
  capabilities: readonly string[] = WRITE_CAPABILITIES,
): Promise<void> {
  const headers = { ...(await setupHeaders(port)), 'content-type': 'application/json' };
  const post = async (path: string, json: unknown) => {
    const answer = await call(port, path, { method: 'POST', json, headers });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  };
  await post('/setup/api/connections/naver-commerce/validate', {});
  const to = new Date(Date.now() - 60_000);
  await post('/setup/api/connections/naver-commerce/order-probe', {
    from: new Date(to.getTime() - 3_600_000).toISOString(),
    to: to.toISOString(),
  });
  for (const capability of capabilities) await setSwitch(port, capability, true, headers);
}

export async function setSwitch(
  port: number,
  capability: string,
  enabled: boolean,
  headers?: Record<string, string>,
): Promise<void> {
  const answer = await call(port, `/setup/api/connections/naver-commerce/capabilities/${capability}`, {
    method: 'PUT',
    json: { enabled },
    headers: headers ?? { ...(await setupHeaders(port)), 'content-type': 'application/json' },
  });
  if (answer.status !== 200) throw new Error(`${capability}: ${answer.status} ${answer.text}`);
}
