/**
 * Coupang Partners in SQLite: every link ever made, per (canonical page URL, subId), kept forever
 * (a page's link does not change, and the vendor's budget is small); the history of links the
 * user made or copied again, newest first; product searches per (keyword, subId), fresh 6 hours;
 * pages the vendor answered it cannot link, remembered for a day so that asking again costs no call.
 * "No subId" is stored as the empty string so it can be part of a key.
 */
import type { Db } from './db.ts';
import type { Clock } from '../clock.ts';

export const PRODUCTS_TTL_MS = 6 * 3_600_000;
/** How long a page the vendor cannot link is answered from memory. */
export const REFUSAL_TTL_MS = 24 * 3_600_000;

export interface StoredLink {
  canonicalUrl: string;
  subId: string | null;
  shortenUrl: string;
  landingUrl: string;
  createdAt: number;
}

export interface HistoryEntry extends StoredLink {
  title: string | null;
  usedAt: number;
}

interface LinkRow {
  canonical_url: string;
  sub_id: string;
  shorten_url: string;
  landing_url: string;
  created_at: number;
}

function toLink(row: LinkRow): StoredLink {
  return {
    canonicalUrl: row.canonical_url,
    subId: row.sub_id === '' ? null : row.sub_id,
    shortenUrl: row.shorten_url,
    landingUrl: row.landing_url,
    createdAt: row.created_at,
  };
}

/** `%`, `_` and the escape itself, escaped for a LIKE pattern. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class CoupangStore {
  private readonly statements;

  constructor(
    db: Db,
    private readonly now: Clock,
  ) {
    this.statements = {
      link: db.prepare('SELECT * FROM coupang_links WHERE canonical_url = ? AND sub_id = ?'),
      putLink: db.prepare(
        `INSERT INTO coupang_links (canonical_url, sub_id, shorten_url, landing_url, created_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (canonical_url, sub_id) DO NOTHING`,
      ),
      use: db.prepare(
        `INSERT INTO coupang_link_history (canonical_url, sub_id, title, used_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (canonical_url, sub_id)
         DO UPDATE SET used_at = excluded.used_at, title = COALESCE(excluded.title, title)`,
      ),
      history: db.prepare(
        `SELECT l.*, h.title, h.used_at FROM coupang_link_history h
         JOIN coupang_links l USING (canonical_url, sub_id)
         WHERE ? IS NULL OR h.title LIKE ? ESCAPE '\\' OR l.canonical_url LIKE ? ESCAPE '\\'
            OR l.shorten_url LIKE ? ESCAPE '\\' OR h.sub_id LIKE ? ESCAPE '\\'
         ORDER BY h.used_at DESC, l.canonical_url LIMIT ?`,
      ),
      products: db.prepare('SELECT data, fetched_at FROM coupang_products WHERE keyword = ? AND sub_id = ?'),
      putProducts: db.prepare(
        `INSERT INTO coupang_products (keyword, sub_id, data, fetched_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (keyword, sub_id) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at`,
      ),
      refusal: db.prepare('SELECT said FROM coupang_refusals WHERE canonical_url = ? AND refused_at > ?'),
      putRefusal: db.prepare(
        `INSERT INTO coupang_refusals (canonical_url, said, refused_at) VALUES (?, ?, ?)
         ON CONFLICT (canonical_url) DO UPDATE SET said = excluded.said, refused_at = excluded.refused_at`,
      ),
      forgetRefusals: db.prepare('DELETE FROM coupang_refusals WHERE refused_at <= ?'),
    };
  }

  link(canonicalUrl: string, subId: string | null): StoredLink | null {
    const row = this.statements.link.get(canonicalUrl, subId ?? '') as LinkRow | undefined;
    return row ? toLink(row) : null;
  }

  /** Keeps the first link made for a page and subId; answers the one that is kept. */
  putLink(link: Omit<StoredLink, 'createdAt'>): StoredLink {
    this.statements.putLink.run(link.canonicalUrl, link.subId ?? '', link.shortenUrl, link.landingUrl, this.now());
    return this.link(link.canonicalUrl, link.subId)!;
  }

  /** Records that a link was made or handed out again (its page title, when known). */
  recordUse(canonicalUrl: string, subId: string | null, title: string | null): void {
    this.statements.use.run(canonicalUrl, subId ?? '', title, this.now());
  }

  /** Recent links, newest first; `search` matches title, page URL, short link or subId. */
  history(search: string | null, limit: number): HistoryEntry[] {
    const pattern = search ? likePattern(search) : null;
    const rows = this.statements.history.all(pattern, pattern, pattern, pattern, pattern, limit) as (LinkRow & {
      title: string | null;
      used_at: number;
    })[];
    return rows.map((row) => ({ ...toLink(row), title: row.title, usedAt: row.used_at }));
  }

  products<T>(keyword: string, subId: string | null): { value: T; fetchedAt: number; fresh: boolean } | null {
    const row = this.statements.products.get(keyword, subId ?? '') as { data: string; fetched_at: number } | undefined;
    if (!row) return null;
    return {
      value: JSON.parse(row.data) as T,
      fetchedAt: row.fetched_at,
      fresh: this.now() - row.fetched_at < PRODUCTS_TTL_MS,
    };
  }

  putProducts(keyword: string, subId: string | null, value: unknown): void {
    this.statements.putProducts.run(keyword, subId ?? '', JSON.stringify(value), this.now());
  }

  /** The vendor's words for a page it answered it cannot link, within the last day; else null. */
  refusal(canonicalUrl: string): string | null {
    const row = this.statements.refusal.get(canonicalUrl, this.now() - REFUSAL_TTL_MS) as { said: string } | undefined;
    return row?.said ?? null;
  }

  /** Remembers the vendor's refusal of a page (and lets refusals older than a day go). */
  putRefusal(canonicalUrl: string, said: string): void {
    const now = this.now();
    this.statements.forgetRefusals.run(now - REFUSAL_TTL_MS);
    this.statements.putRefusal.run(canonicalUrl, said, now);
  }
}
