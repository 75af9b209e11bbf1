/**
 * What the popup knows about the companion, in one value: checking, offline, unpaired or ready.
 * `loadCompanionState` asks the companion and turns every failure into a state a person can act on.
 */
import type { MessageKey } from '../../platform/browser.ts';
import type { Connection } from '@aigenc/shared/contract';
import {
  CompanionClient,
  CompanionProblemError,
  CompanionTimeoutError,
  CompanionUnreachableError,
  type CompanionClientOptions,
} from '../../companion-client.ts';

export type CompanionState =
  | { kind: 'checking' }
  | { kind: 'offline'; baseUrl: string }
  | { kind: 'unpaired'; version: string; revoked: boolean }
  | { kind: 'ready'; version: string; connections: Connection[]; port: number; token: string }
  | { kind: 'broken'; messageKey: MessageKey };

export async function loadCompanionState(options: CompanionClientOptions): Promise<CompanionState> {
  const client = new CompanionClient(options);
  // Both at once: the popup waits for the slower one, not for the sum.
  const connections = options.token ? client.connections() : null;
  connections?.catch(() => undefined);
  try {
    const { version } = await client.health();
    if (!connections || !options.token) return { kind: 'unpaired', version, revoked: false };
    try {
      return {
        kind: 'ready',
        version,
        connections: (await connections).connections,
        port: options.port,
        token: options.token,
      };
    } catch (error) {
      if (error instanceof CompanionProblemError && error.problem.code === 'UNAUTHENTICATED') {
        return { kind: 'unpaired', version, revoked: true };
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof CompanionUnreachableError) return { kind: 'offline', baseUrl: client.baseUrl };
    if (error instanceof CompanionTimeoutError) return { kind: 'broken', messageKey: 'errorCompanionSlow' };
    return { kind: 'broken', messageKey: 'errorUnexpected' };
  }
}
