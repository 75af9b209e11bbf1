/**
 * Pairing: a one-time code shown by the companion becomes a bearer token for one extension.
 *
 * Codes are ten Crockford base32 characters (50 bits), shown as `ABCDE-FGHJK`; people may type them
 * in lower case, with or without the dash or spaces. `normalizePairingCode` is the one reading.
 */
import * as z from 'zod/mini';

export const PAIRING_CODE_LENGTH = 10;
export const PAIRING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Upper-cases, drops separators and maps the look-alikes Crockford allows (O→0, I/L→1). */
export function normalizePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function formatPairingCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export const PairRequestSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(32)),
  /** What the user sees in the list of paired extensions, e.g. "Chrome on office PC". */
  label: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
});
export type PairRequest = z.infer<typeof PairRequestSchema>;

export const PairResponseSchema = z.object({
  token: z.string().check(z.minLength(32)),
});
export type PairResponse = z.infer<typeof PairResponseSchema>;

export const PairingCodeResponseSchema = z.object({
  code: z.string(),
  expiresAt: z.iso.datetime(),
});
export type PairingCodeResponse = z.infer<typeof PairingCodeResponseSchema>;

export const PairingSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.nullable(z.iso.datetime()),
});
export type Pairing = z.infer<typeof PairingSchema>;

export const PairingsResponseSchema = z.object({ pairings: z.array(PairingSchema) });
export type PairingsResponse = z.infer<typeof PairingsResponseSchema>;
