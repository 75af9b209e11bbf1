/**
 * The canary tests' tools: the forms a secret can leak in, every file of a data directory, and
 * canary values made fresh each run (so no secret-shaped text sits in the repository).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The forms a secret can leak in. For a bcrypt secret also the base64 of its first 27 characters. */
export function encodings(secret: string): string[] {
  const forms = [
    secret,
    Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
    Buffer.from(secret).toString('hex'),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ];
  if (secret.startsWith('$2')) forms.push(Buffer.from(secret.slice(0, 27)).toString('base64').replace(/=+$/, ''));
  return [...new Set(forms)];
}

/** Every file below a directory. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A canary shaped like a Naver Commerce client secret (a bcrypt salt, cost 4 to keep signing
 * quick), random for each run.
 */
export function bcryptCanary(): string {
  const salt = [...randomBytes(22)].map((b) => BCRYPT_ALPHABET[b % 64]).join('');
  return `$2a$04$${salt}`;
}

/** A plain canary: a recognisable prefix and random hex, different in every run. */
export function canary(name: string): string {
  return `cnry-${name}-${randomBytes(6).toString('hex')}`;
}
