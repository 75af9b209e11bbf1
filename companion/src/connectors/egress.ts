/**
 * The only outbound HTTP path: one undici Agent behind an origin allow-list, installed as the
 * global dispatcher so that `fetch` obeys it too. The Agent (and undici itself, about 10 MB of a
 * companion's memory) is made on the first outbound call, so an idle companion never loads it.
 *
 * - Only the official https origins (port 443), plus the exact loopback origins of sandbox
 *   overrides. Anything else throws EgressBlockedError before a socket is opened.
 * - Official hosts must resolve to public addresses (no DNS trick reaches the LAN or loopback).
 * - Redirects are never followed: `request` does not follow them, and connectors treat 3xx as an
 *   upstream failure (see http-client.ts).
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type * as Undici from 'undici';
import type { Agent, Dispatcher } from 'undici';

/** The guarded dispatcher, made on first use; what connectors send their requests through. */
export interface Egress {
  get(): Promise<Dispatcher>;
}
import { EgressBlockedError } from '../errors/index.ts';
import type { Logger } from '../logger.ts';

const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it carries. (A ::ffff:0:0/96
  // rule cannot do this: BlockList applies it to every plain IPv4 address as well.)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for net.connect that refuses hostnames resolving to non-public addresses. */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const blocked = addresses.find((entry) => !isPublicAddress(entry.address));
    if (blocked || addresses.length === 0) return callback(new EgressBlockedError(hostname), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

export interface EgressOptions {
  /** Official origins in use (https). */
  official: readonly string[];
  /** Loopback origins of sandbox overrides (http://127.0.0.1:<port>). */
  sandbox: readonly string[];
  logger: Logger;
  /** Connection timeouts; defaults suit the vendors' APIs. */
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
}

function normalizeOrigin(origin: string | URL | undefined): string {
  if (!origin) return '';
  try {
    return new URL(String(origin)).origin;
  } catch {
    return String(origin);
  }
}

/** The guarded dispatcher for these origins; undici is loaded on the first `get`. */
export function createEgressDispatcher(
  options: EgressOptions,
  onCreated?: (dispatcher: Dispatcher, undici: typeof Undici) => void,
): Egress {
  const allowed = allowedOrigins(options);
  let made: Promise<Dispatcher> | null = null;
  return {
    get: () =>
      (made ??= import('undici').then((undici) => {
        const dispatcher = guardedAgent(new undici.Agent(agentOptions(options)), allowed, options.logger);
        onCreated?.(dispatcher, undici);
        return dispatcher;
      })),
  };
}

function allowedOrigins(options: EgressOptions): Set<string> {
  const allowed = new Set<string>();
  for (const origin of options.official) {
    const url = new URL(origin);
    if (url.protocol !== 'https:' || (url.port !== '' && url.port !== '443')) {
      throw new Error(`official origin must be https on port 443: ${origin}`);
    }
    allowed.add(url.origin);
  }
  for (const origin of options.sandbox) {
    const url = new URL(origin);
    if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      throw new Error(`sandbox origin must be http on loopback: ${origin}`);
    }
    allowed.add(url.origin);
  }
  return allowed;
}

function agentOptions(options: EgressOptions): Agent.Options {
  const sandboxHosts = new Set(options.sandbox.map((origin) => new URL(origin).hostname));
  return {
    connectTimeout: options.connectTimeoutMs ?? 10_000,
    headersTimeout: options.headersTimeoutMs ?? 15_000,
    bodyTimeout: options.bodyTimeoutMs ?? 15_000,
    connect: {
      lookup: (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
        // Loopback is reachable only through an explicit sandbox override ("localhost" included).
        if (sandboxHosts.has(hostname)) return dnsLookup(hostname, lookupOptions, callback as never);
        publicOnlyLookup(hostname, lookupOptions, callback);
      },
    },
  };
}

function guardedAgent(agent: Agent, allowed: ReadonlySet<string>, logger: Logger): Dispatcher {
  return agent.compose((dispatch) => (opts, handler) => {
    const origin = normalizeOrigin(opts.origin);
    if (!allowed.has(origin)) {
      logger.warn({ event: 'EGRESS_BLOCKED', origin: origin.slice(0, 200) }, 'outbound request refused');
      throw new EgressBlockedError(origin);
    }
    return dispatch(opts, handler);
  });
}

/**
 * The guarded dispatcher for every undici call and the global fetch: a fetch made before any
 * connector call first makes the dispatcher and installs it, so no request ever goes unguarded.
 */
export function installEgress(options: EgressOptions): Egress {
  const egress = createEgressDispatcher(options, (dispatcher, undici) => undici.setGlobalDispatcher(dispatcher));
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    await egress.get();
    return original(input, init);
  };
  return egress;
}
