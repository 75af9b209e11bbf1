/**
 * What the seller's writes sent, per capability and item (a product order id, an inquiry, a
 * product option), so that nothing is sent twice: an item is marked `sending` in the database
 * before its call and `applied` or `failed` after it, each step committed before the next.
 */
import type { Clock } from '../clock.ts';
import type { Db } from './db.ts';

export type LedgerState = 'sending' | 'applied' | 'failed';

export class CommerceLedger {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: Clock,
  ) {
    this.statements = {
      get: db.prepare('SELECT state FROM commerce_ledger WHERE capability = ? AND item = ?'),
      put: db.prepare(
        `INSERT INTO commerce_ledger (capability, item, state, code, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (capability, item) DO UPDATE SET state = excluded.state, code = excluded.code, at = excluded.at`,
      ),
    };
  }

  /** Each item's state, for the items the ledger has. */
  states(capability: string, items: readonly string[]): Map<string, LedgerState> {
    const found = new Map<string, LedgerState>();
    for (const item of items) {
      const row = this.statements.get.get(capability, item) as { state: LedgerState } | undefined;
      if (row) found.set(item, row.state);
    }
    return found;
  }

  /** Records the items' state in one transaction (before a call: `sending`; after: the outcome). */
  mark(capability: string, entries: readonly { item: string; state: LedgerState; code?: string }[]): void {
    const at = this.now();
    this.db.transaction(() => {
      for (const e of entries) this.statements.put.run(capability, e.item, e.state, e.code ?? null, at);
    })();
  }
}
