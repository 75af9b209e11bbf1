/**
 * Environment → typed config, parsed once at start. Every problem is reported at once, in words
 * that name the variable; the CLI turns a ConfigError into exit code 2.
 *
 * Credentials found here are handed straight to the vault as read-only `env` entries; nothing else
 * keeps them.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_COMPANION_PORT, EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import type { Provider } from '@aigenc/shared/contract';
import { ConfigError } from './errors.ts';
import { officialOrigin, type SearchKeyKind } from './connectors/official-origins.ts';

export interface Upstream {
  /** Origin (scheme, host, port) every call of the connector goes to. */
  origin: string;
  /** True when the override points at a loopback emulator: never shown in the real-API scope. */
  sandbox: boolean;
}

export type EnvCredentials = Partial<Record<Provider, Readonly<Record<string, string>>>>;

export interface Config {
  home: string;
  port: number;
  apiToken: string | null;
  extensionOrigins: readonly string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  vault: 'auto' | 'file' | 'keychain';
  searchKeyKind: SearchKeyKind;
  /** The spacing Naver allows between keyword-tool calls (the companion keeps 10% above it). */
  searchAdIntervalMs: number;
  upstreams: Readonly<Record<Provider, Upstream>>;
  envCredentials: EnvCredentials;
}

type Env = Readonly<Record<string, string | undefined>>;

const CREDENTIAL_VARIABLES = {
  'naver-searchad': {
    required: {
      apiKey: 'NAVER_SEARCHAD_API_KEY',
      secretKey: 'NAVER_SEARCHAD_SECRET_KEY',
      customerId: 'NAVER_SEARCHAD_CUSTOMER_ID',
    },
    optional: {},
  },
  'naver-search': {
    required: { clientId: 'NAVER_SEARCH_CLIENT_ID', clientSecret: 'NAVER_SEARCH_CLIENT_SECRET' },
    optional: {},
  },
  'naver-commerce': {
    required: {
      clientId: 'NAVER_COMMERCE_CLIENT_ID',
      clientSecret: 'NAVER_COMMERCE_CLIENT_SECRET',
    },
    optional: { accountId: 'NAVER_COMMERCE_ACCOUNT_ID' },
  },
  'coupang-partners': {
    required: {
      accessKey: 'COUPANG_PARTNERS_ACCESS_KEY',
      secretKey: 'COUPANG_PARTNERS_SECRET_KEY',
    },
    optional: { subId: 'COUPANG_PARTNERS_SUB_ID' },
  },
} as const satisfies Record<Provider, { required: Record<string, string>; optional: Record<string, string> }>;

const OVERRIDE_VARIABLES = {
  'naver-searchad': 'NAVER_SEARCHAD_BASE_URL',
  'naver-search': 'NAVER_SEARCH_BASE_URL',
  'naver-commerce': 'NAVER_COMMERCE_BASE_URL',
  'coupang-partners': 'COUPANG_PARTNERS_BASE_URL',
} as const satisfies Record<Provider, string>;

const PROVIDERS = Object.keys(OVERRIDE_VARIABLES) as Provider[];

const LOOPBACK_OVERRIDE = /^http:\/\/(127\.0\.0\.1|localhost):([1-9]\d{0,4})\/?$/;

export function defaultHome(env: Env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'AigenC');
  }
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'AigenC');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'aigenc');
}

/** Reads what the override policy allows: the official origin, or a loopback sandbox. */
function parseUpstream(provider: Provider, kind: SearchKeyKind, env: Env, problems: string[]): Upstream {
  const variable = OVERRIDE_VARIABLES[provider];
  const official = officialOrigin(provider, kind);
  const raw = env[variable]?.trim();
  if (!raw) return { origin: official, sandbox: false };
  if (raw.replace(/\/$/, '') === official) return { origin: official, sandbox: false };
  const loopback = LOOPBACK_OVERRIDE.exec(raw);
  if (loopback && Number(loopback[2]) <= 65_535) {
    return { origin: `http://${loopback[1]}:${loopback[2]}`, sandbox: true };
  }
  problems.push(
    `${variable} must be ${official} (the official API) or http://127.0.0.1:<port> / ` +
      `http://localhost:<port> (a local sandbox); other hosts are refused.`,
  );
  return { origin: official, sandbox: false };
}

function parseCredentials(env: Env, problems: string[]): EnvCredentials {
  const result: EnvCredentials = {};
  for (const provider of PROVIDERS) {
    const { required, optional } = CREDENTIAL_VARIABLES[provider];
    const present = Object.entries(required).filter(([, name]) => env[name]?.trim());
    if (present.length === 0) continue;
    const missing = Object.values(required).filter((name) => !env[name]?.trim());
    if (missing.length > 0) {
      problems.push(`${provider} credentials are incomplete: also set ${missing.join(', ')}.`);
      continue;
    }
    const fields: Record<string, string> = {};
    for (const [field, name] of [...Object.entries(required), ...Object.entries(optional)]) {
      const value = env[name]?.trim();
      if (value) fields[field] = value;
    }
    result[provider] = Object.freeze(fields);
  }
  if (result['naver-searchad'] && !/^\d+$/.test(result['naver-searchad']['customerId'] ?? '')) {
    problems.push('NAVER_SEARCHAD_CUSTOMER_ID must be the numeric customer id.');
  }
  return result;
}

const PortSchema = z.coerce.number().int().min(0).max(65_535);
const ExtensionOriginSchema = z.string().regex(/^chrome-extension:\/\/[a-p]{32}$/);

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const portText = env['AIGENC_PORT']?.trim();
  let port = DEFAULT_COMPANION_PORT;
  if (portText) {
    const parsed = PortSchema.safeParse(portText);
    if (parsed.success) port = parsed.data;
    else problems.push(`AIGENC_PORT must be a port number from 0 to 65535 (got "${portText.slice(0, 12)}").`);
  }

  const apiToken = env['AIGENC_API_TOKEN']?.trim() || null;
  if (apiToken !== null && apiToken.length < 32) {
    problems.push('AIGENC_API_TOKEN must be at least 32 characters long (use a random value).');
  }

  const extensionOrigins = new Set([EXTENSION_ORIGIN]);
  for (const item of (env['AIGENC_EXTENSION_ORIGINS'] ?? '').split(',')) {
    const origin = item.trim();
    if (!origin) continue;
    if (ExtensionOriginSchema.safeParse(origin).success) extensionOrigins.add(origin);
    else
      problems.push(
        `AIGENC_EXTENSION_ORIGINS: "${origin.slice(0, 80)}" is not of the form chrome-extension://<32 letters a-p>.`,
      );
  }

  const kindText = env['NAVER_SEARCH_KEY_KIND']?.trim() || 'legacy';
  let searchKeyKind: SearchKeyKind = 'legacy';
  if (kindText === 'legacy' || kindText === 'apihub') searchKeyKind = kindText;
  else problems.push('NAVER_SEARCH_KEY_KIND must be "legacy" or "apihub".');

  const logLevelText = env['AIGENC_LOG_LEVEL']?.trim() || 'info';
  const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).safeParse(logLevelText);
  if (!logLevel.success) problems.push('AIGENC_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace.');

  const vaultText = env['AIGENC_VAULT']?.trim() || 'auto';
  const vault = z.enum(['auto', 'file', 'keychain']).safeParse(vaultText);
  if (!vault.success) problems.push('AIGENC_VAULT must be "auto", "file" or "keychain".');

  const intervalText = env['AIGENC_SEARCHAD_INTERVAL_MS']?.trim();
  let searchAdIntervalMs = 1000;
  if (intervalText) {
    const parsed = z.coerce.number().int().min(100).max(60_000).safeParse(intervalText);
    if (parsed.success) searchAdIntervalMs = parsed.data;
    else problems.push('AIGENC_SEARCHAD_INTERVAL_MS must be whole milliseconds from 100 to 60000 (default 1000).');
  }

  const upstreams = {} as Record<Provider, Upstream>;
  for (const provider of PROVIDERS) {
    upstreams[provider] = parseUpstream(provider, searchKeyKind, env, problems);
  }

  const envCredentials = parseCredentials(env, problems);

  if (problems.length > 0) {
    throw new ConfigError(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  return {
    home: resolve(env['AIGENC_HOME']?.trim() || defaultHome(env)),
    port,
    apiToken,
    extensionOrigins: [...extensionOrigins],
    logLevel: logLevel.success ? logLevel.data : 'info',
    vault: vault.success ? vault.data : 'auto',
    searchKeyKind,
    searchAdIntervalMs,
    upstreams: Object.freeze(upstreams),
    envCredentials,
  };
}
