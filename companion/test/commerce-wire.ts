/**
 * Calls the emulated Commerce APIs directly (no connector), with a token the real client obtained:
 * for the sandbox's own tests of the vendor's wire shapes.
 */
import { CommerceClient } from '../src/connectors/naver-commerce/client.ts';
import { TokenCache } from '../src/connectors/token-cache.ts';
import { DEMO_CREDENTIALS } from '../src/sandbox/credentials.ts';
import type { Harness } from './sandbox-harness.ts';

/** A vendor's body as the tests read it: loosely, field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the vendor's bodies, read field by field
export type VendorBody = any;

export async function vendorCall(
  h: Harness,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: VendorBody }> {
  const token = await new CommerceClient({
    origin: h.sandbox.urls.commerce,
    credentials: DEMO_CREDENTIALS['naver-commerce'],
    dispatcher: h.dispatcher,
    tokens: new TokenCache(),
    time: h.time,
    pacers: h.pacers,
  }).token();
  // eslint-disable-next-line no-restricted-globals -- loopback to the sandbox: the test plays the vendor's caller
  const response = await fetch(`${h.sandbox.urls.commerce}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}
