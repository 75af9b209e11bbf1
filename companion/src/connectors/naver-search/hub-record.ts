/**
 * Whether these API HUB keys have had an answer from one API before. API HUB's 429 `400` means
 * "quota exceeded", and may also be how it refuses an application that has not selected the API
 * (unconfirmed, spec §2 and §9.1): after a success it is the quota; before any, it may be either.
 *
 *   const record = new HubRecord(state, 'search-trend', clientId);
 *   record.markWorked();      // after a 200
 *   record.worked();          // true from then on, across restarts
 */
import type { StateStore } from '../../store/state.ts';
import { accountTag } from '../limits.ts';
import { stateKey } from '../../store/state-keys.ts';
import { PROVIDER } from './provider.ts';

export type HubApi = 'search' | 'search-trend' | 'shopping-insight';

export class HubRecord {
  private known = false;
  private readonly key: string;

  constructor(
    private readonly state: StateStore,
    api: HubApi,
    clientId: string,
  ) {
    this.key = stateKey(PROVIDER, `hub-worked-${api}`, accountTag(clientId));
  }

  worked(): boolean {
    this.known ||= this.state.get(this.key) !== null;
    return this.known;
  }

  /** Written once per process and key: a later success changes nothing. */
  markWorked(): void {
    if (this.worked()) return;
    this.state.set(this.key, '1');
    this.known = true;
  }
}
