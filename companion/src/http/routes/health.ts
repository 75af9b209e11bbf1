/** The health answer: unauthenticated; tells the extension the companion is there and its version. */
import type { RequestHandler } from 'express';
import { HealthResponseSchema } from '@aigenc/shared/contract';
import { reply } from './mount.ts';

export function healthHandlers(version: string): { health: RequestHandler } {
  return { health: (_req, res) => reply(res, HealthResponseSchema, { status: 'ok', version }) };
}
