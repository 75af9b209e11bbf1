/**
 * The audit log: who changed which connection or capability, and when. Details are an allow-list
 * of plain values (provider, capability, status): never a key, a digest or a vault reference.
 */
import type { AuditAction, AuditEntry } from '@aigenc/shared/contract';
import type { Db } from './db.ts';
import type { Clock } from '../clock.ts';

export type AuditDetail = Record<string, string | number | boolean | null>;

export class AuditLog {
  private readonly statements;

  constructor(
    db: Db,
    private readonly now: Clock,
  ) {
    this.statements = {
      add: db.prepare('INSERT INTO audit_log (at, action, subject, detail) VALUES (?, ?, ?, ?)'),
      recent: db.prepare('SELECT at, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?'),
    };
  }

  record(action: AuditAction, subject: string, detail: AuditDetail = {}): void {
    this.statements.add.run(this.now(), action, subject, JSON.stringify(detail));
  }

  recent(limit = 50): AuditEntry[] {
    const rows = this.statements.recent.all(limit) as { at: number; action: string; subject: string; detail: string }[];
    return rows.map((row) => ({
      at: new Date(row.at).toISOString(),
      action: row.action,
      subject: row.subject,
      detail: JSON.parse(row.detail) as AuditDetail,
    }));
  }
}
