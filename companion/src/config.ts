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
import { DEFAULT_COMPANION_PORT, KNOWN_EXTENSION_ORIGINS, extensionIdOf } from '@aigenc/shared/identity';
import {
  PROVIDERS,
  parseCredentials as parseKeys,
  providerSpec,
  type Credentials,
  type Provider,
} from '@aigenc/shared/providers';
import { ConfigError } from './errors/index.ts';
import { CONFIG_MESSAGES as M } from './errors/messages.ts';
import { fill } from './messages.ts';
import type { Language, Localized } from '@aigenc/shared/language';

export interface Upstream {
  /** Origin (scheme, host, port) the connector's calls go to, for keys of the kind the environment names. */
  origin: string;
  /** The origin per kind of key (one entry for most providers); all the same loopback origin for a sandbox. */
  origins: Readonly<Record<string, string>>;
  /** True when the override points at a loopback emulator: never shown in the real-API scope. */
  sandbox: boolean;
}

export type EnvCredentials = { readonly [P in Provider]?: Readonly<Credentials<P>> };

export interface Config {
  home: string;
  port: number;
  apiToken: string | null;
  extensionOrigins: readonly string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  vault: 'auto' | 'file' | 'keychain';
  /** The spacing Naver allows between keyword-tool calls (the companion keeps 10% above it). */
  searchAdIntervalMs: number | null;
  upstreams: Readonly<Record<Provider, Upstream>>;
  envCredentials: EnvCredentials;
}

type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK_OVERRIDE = /^http:\/\/(127\.0\.0\.1|localhost):([1-9]\d{0,4})\/?$/;

export function defaultHome(env: Env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'AigenC');
  }
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'AigenC');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'aigenc');
}

/** The key kind the environment names for a provider whose origin depends on it, else `default`. */
function envKeyKind(provider: Provider, env: Env, problems: Localized[]): string {
  const spec = providerSpec(provider);
  const field = spec.fields.find((f) => f.name === spec.originBy);
  if (!field) return 'default';
  const value = env[field.env]?.trim() || 'default';
  if (value === 'default' || value in spec.origins) return value;
  const choices = field.options?.map((o) => `"${o.value}"`).join(', ') ?? '';
  problems.push(fill(M.oneOf, { variable: field.env, choices }));
  return 'default';
}

/** Reads what the override policy allows: the official origin, or a loopback sandbox. */
function parseUpstream(provider: Provider, env: Env, problems: Localized[]): Upstream {
  const { baseUrlVariable: variable, origins } = providerSpec(provider);
  const official = origins[envKeyKind(provider, env, problems)] ?? origins.default;
  const raw = env[variable]?.trim();
  if (!raw || raw.replace(/\/$/, '') === official) return { origin: official, origins, sandbox: false };
  const loopback = LOOPBACK_OVERRIDE.exec(raw);
  if (loopback && Number(loopback[2]) <= 65_535) {
    const origin = `http://${loopback[1]}:${loopback[2]}`;
    return { origin, origins: Object.fromEntries(Object.keys(origins).map((kind) => [kind, origin])), sandbox: true };
  }
  problems.push(fill(M.upstream, { variable, official }));
  return { origin: official, origins, sandbox: false };
}

/**
 * Every variable of the companion's own that is a setting (not a secret, not the data folder,
 * which a service file writes out itself): what `aigenc service install` carries into the login
 * service. A test keeps it equal to the AIGENC_ variables the code reads, less those two kinds.
 */
export const SETTING_VARIABLES = [
  'AIGENC_PORT',
  'AIGENC_LANG',
  'AIGENC_LOG_LEVEL',
  'AIGENC_VAULT',
  'AIGENC_EXTENSION_ORIGINS',
  'AIGENC_SEARCHAD_INTERVAL_MS',
] as const;

/** Read but never carried: a secret, and the folder the service file names on its own. */
export const NOT_CARRIED = ['AIGENC_API_TOKEN', 'AIGENC_HOME'] as const;

/**
 * A provider's keys from the environment, parsed with its registry schema: none set is no
 * connection; a partial set, or a value the schema refuses, is a problem naming the variables.
 */
function parseProviderCredentials(provider: Provider, env: Env, problems: Localized[]): Credentials<Provider> | null {
  const { fields } = providerSpec(provider);
  // Choices (key kind, token type) have defaults: only the keys themselves say a connection is meant.
  const keys = fields.filter((field) => field.required && !field.options);
  if (!keys.some((field) => env[field.env]?.trim())) return null;
  const missing = keys.filter((field) => !env[field.env]?.trim()).map((field) => field.env);
  if (missing.length > 0) {
    problems.push(fill(M.keysIncomplete, { provider, missing: missing.join(', ') }));
    return null;
  }
  const input: Record<string, string> = {};
  for (const field of fields) {
    const value = env[field.env]?.trim();
    if (value) input[field.name] = value;
  }
  const parsed = parseKeys(provider, input);
  if (parsed.success) return Object.freeze(parsed.data) as Credentials<Provider>;
  for (const issue of parsed.error.issues) {
    const field = fields.find((f) => f.name === issue.path[0]);
    // The message names the variable and the rule, never the value.
    problems.push(fill(M.keyRule, { variable: field?.env ?? provider, rule: issue.message }));
  }
  return null;
}

function parseCredentials(env: Env, problems: Localized[]): EnvCredentials {
  const result: Partial<Record<Provider, Credentials<Provider>>> = {};
  for (const provider of PROVIDERS) {
    const credentials = parseProviderCredentials(provider, env, problems);
    if (credentials) result[provider] = credentials;
  }
  return result as EnvCredentials;
}

const PortSchema = z.coerce.number().int().min(0).max(65_535);

export function loadConfig(env: Env = process.env): Config {
  const problems: Localized[] = [];

  const portText = env['AIGENC_PORT']?.trim();
  let port = DEFAULT_COMPANION_PORT;
  if (portText) {
    const parsed = PortSchema.safeParse(portText);
    if (parsed.success) port = parsed.data;
    else problems.push(fill(M.port, { got: portText.slice(0, 12) }));
  }

  const apiToken = env['AIGENC_API_TOKEN']?.trim() || null;
  if (apiToken !== null && apiToken.length < 32) {
    problems.push(fill(M.apiToken));
  }

  const extensionOrigins = new Set(KNOWN_EXTENSION_ORIGINS);
  for (const item of (env['AIGENC_EXTENSION_ORIGINS'] ?? '').split(',')) {
    const origin = item.trim();
    if (!origin) continue;
    if (extensionIdOf(origin) !== null) extensionOrigins.add(origin);
    else problems.push(fill(M.extensionOrigin, { origin: origin.slice(0, 80) }));
  }

  const logLevelText = env['AIGENC_LOG_LEVEL']?.trim() || 'info';
  const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).safeParse(logLevelText);
  if (!logLevel.success)
    problems.push(fill(M.oneOf, { variable: 'AIGENC_LOG_LEVEL', choices: 'fatal, error, warn, info, debug, trace' }));

  const vaultText = env['AIGENC_VAULT']?.trim() || 'auto';
  const vault = z.enum(['auto', 'file', 'keychain']).safeParse(vaultText);
  if (!vault.success) problems.push(fill(M.oneOf, { variable: 'AIGENC_VAULT', choices: '"auto", "file", "keychain"' }));

  const intervalText = env['AIGENC_SEARCHAD_INTERVAL_MS']?.trim();
  // Unset: the connector keeps to the keyword tool's budget in the registry.
  let searchAdIntervalMs: number | null = null;
  if (intervalText) {
    const parsed = z.coerce.number().int().min(100).max(60_000).safeParse(intervalText);
    if (parsed.success) searchAdIntervalMs = parsed.data;
    else problems.push(fill(M.searchAdInterval));
  }

  const upstreams = Object.fromEntries(
    PROVIDERS.map((provider) => [provider, parseUpstream(provider, env, problems)]),
  ) as Record<Provider, Upstream>;

  const envCredentials = parseCredentials(env, problems);

  if (problems.length > 0) {
    const lines = (language: Language) =>
      [M.heading[language], ...problems.map((p) => `  - ${p[language]}`)].join('\n');
    throw new ConfigError({ ko: lines('ko'), en: lines('en') });
  }

  return {
    home: resolve(env['AIGENC_HOME']?.trim() || defaultHome(env)),
    port,
    apiToken,
    extensionOrigins: [...extensionOrigins],
    logLevel: logLevel.success ? logLevel.data : 'info',
    vault: vault.success ? vault.data : 'auto',
    searchAdIntervalMs,
    upstreams: Object.freeze(upstreams),
    envCredentials,
  };
}
