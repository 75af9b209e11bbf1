/**
 * Versioned schema migrations, applied in order inside one transaction each. PRAGMA user_version
 * records the last one applied. Append only: never edit a migration that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'pairing',
    sql: `
      CREATE TABLE pairing_codes (
        id               INTEGER PRIMARY KEY,
        code_digest      BLOB    NOT NULL,
        created_at       INTEGER NOT NULL,
        expires_at       INTEGER NOT NULL,
        failed_attempts  INTEGER NOT NULL DEFAULT 0,
        used_at          INTEGER,
        superseded_at    INTEGER
      );
      CREATE TABLE pairings (
        id            TEXT    PRIMARY KEY,
        label         TEXT    NOT NULL,
        token_digest  BLOB    NOT NULL UNIQUE,
        created_at    INTEGER NOT NULL,
        last_used_at  INTEGER,
        revoked_at    INTEGER
      );
    `,
  },
  {
    version: 2,
    name: 'connections and audit',
    sql: `
      CREATE TABLE connections (
        provider          TEXT    PRIMARY KEY,
        status            TEXT    NOT NULL,
        vault_ref         TEXT    NOT NULL,
        credential_digest TEXT    NOT NULL,
        settings          TEXT    NOT NULL DEFAULT '{}',
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL,
        last_checked_at   INTEGER,
        message           TEXT
      );
      CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        INTEGER NOT NULL,
        action    TEXT    NOT NULL,
        subject   TEXT    NOT NULL,
        detail    TEXT    NOT NULL DEFAULT '{}'
      );
    `,
  },
  {
    version: 3,
    name: 'rate state and counters',
    sql: `
      CREATE TABLE runtime_state (
        key         TEXT    PRIMARY KEY,
        value       TEXT    NOT NULL,
        updated_at  INTEGER NOT NULL
      );
      CREATE TABLE counters (
        name        TEXT    NOT NULL,
        bucket      TEXT    NOT NULL,
        count       INTEGER NOT NULL,
        expires_at  INTEGER NOT NULL,
        PRIMARY KEY (name, bucket)
      );
    `,
  },
  {
    version: 4,
    name: 'keyword cache and settings',
    sql: `
      CREATE TABLE keyword_metrics (
        keyword     TEXT    PRIMARY KEY,
        data        TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL
      );
      CREATE TABLE keyword_documents (
        keyword     TEXT    NOT NULL,
        type        TEXT    NOT NULL,
        total       INTEGER,
        fetched_at  INTEGER NOT NULL,
        PRIMARY KEY (keyword, type)
      );
      CREATE TABLE keyword_related (
        keyword     TEXT    PRIMARY KEY,
        related     TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL
      );
      CREATE TABLE settings (
        key         TEXT    PRIMARY KEY,
        value       TEXT    NOT NULL,
        updated_at  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'coupang links and product searches',
    sql: `
      CREATE TABLE coupang_links (
        canonical_url  TEXT    NOT NULL,
        sub_id         TEXT    NOT NULL,
        shorten_url    TEXT    NOT NULL,
        landing_url    TEXT    NOT NULL,
        created_at     INTEGER NOT NULL,
        PRIMARY KEY (canonical_url, sub_id)
      );
      CREATE TABLE coupang_link_history (
        canonical_url  TEXT    NOT NULL,
        sub_id         TEXT    NOT NULL,
        title          TEXT,
        used_at        INTEGER NOT NULL,
        PRIMARY KEY (canonical_url, sub_id)
      );
      CREATE INDEX coupang_link_history_used ON coupang_link_history (used_at DESC);
      CREATE TABLE coupang_products (
        keyword     TEXT    NOT NULL,
        sub_id      TEXT    NOT NULL,
        data        TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL,
        PRIMARY KEY (keyword, sub_id)
      );
    `,
  },
  {
    version: 6,
    name: 'keyword trends and bids',
    sql: `
      CREATE TABLE keyword_trends (
        keyword     TEXT    NOT NULL,
        months      INTEGER NOT NULL,
        data        TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL,
        PRIMARY KEY (keyword, months)
      );
      CREATE TABLE keyword_bids (
        keyword     TEXT    PRIMARY KEY,
        data        TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'coupang reports',
    sql: `
      -- Which days of an account's reports were asked of Coupang, and whether they were final then.
      CREATE TABLE coupang_report_days (
        account     TEXT    NOT NULL,
        date        TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL,
        final       INTEGER NOT NULL,
        PRIMARY KEY (account, date)
      ) WITHOUT ROWID;
      -- Figures per day and subId ('' for links without one): counts and sums, never an order.
      CREATE TABLE coupang_report_rows (
        account     TEXT    NOT NULL,
        date        TEXT    NOT NULL,
        sub_id      TEXT    NOT NULL,
        clicks      INTEGER NOT NULL,
        orders      INTEGER NOT NULL,
        cancels     INTEGER NOT NULL,
        gmv         INTEGER NOT NULL,
        commission  INTEGER NOT NULL,
        PRIMARY KEY (account, date, sub_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    name: 'keyword jobs',
    sql: `
      CREATE TABLE keyword_jobs (
        id             TEXT    PRIMARY KEY,
        name           TEXT    NOT NULL,
        status         TEXT    NOT NULL,
        total          INTEGER NOT NULL,
        done           INTEGER NOT NULL DEFAULT 0,
        failed         INTEGER NOT NULL DEFAULT 0,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        finished_at    INTEGER,
        waiting_until  INTEGER,
        -- Why it waits or failed, as {"ko", "en"}.
        message        TEXT,
        -- Which process runs it (so that two never do) and until when that claim holds.
        lease_owner    TEXT,
        lease_until    INTEGER
      );
      CREATE INDEX keyword_jobs_by_status ON keyword_jobs (status, created_at);
      -- A job's keywords in order; result is the answer (a metrics item, JSON) once given.
      CREATE TABLE keyword_job_items (
        job_id    TEXT    NOT NULL REFERENCES keyword_jobs (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        keyword   TEXT    NOT NULL,
        result    TEXT,
        PRIMARY KEY (job_id, position)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 9,
    name: 'keyword cache kept small',
    sql: `
      -- When a person last asked for the keyword itself (a lookup or a job); NULL for a row that
      -- only came along with another keyword's answer (a related keyword), kept for a shorter time.
      ALTER TABLE keyword_metrics ADD COLUMN asked_at INTEGER;
      UPDATE keyword_metrics SET asked_at = fetched_at
        WHERE keyword IN (SELECT keyword FROM keyword_documents) OR keyword IN (SELECT keyword FROM keyword_related);
      CREATE INDEX keyword_metrics_by_age ON keyword_metrics (fetched_at);
      CREATE INDEX keyword_metrics_came_along ON keyword_metrics (fetched_at) WHERE asked_at IS NULL;
      CREATE INDEX keyword_documents_by_age ON keyword_documents (fetched_at);
      CREATE INDEX keyword_related_by_age ON keyword_related (fetched_at);
    `,
  },
  {
    version: 10,
    name: 'coupang pages the vendor cannot link',
    sql: `
      -- A page Coupang Partners answered it cannot link, with its words, so that asking again
      -- within a day costs no call.
      CREATE TABLE coupang_refusals (
        canonical_url  TEXT    PRIMARY KEY,
        said           TEXT    NOT NULL,
        refused_at     INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 11,
    name: 'state keys made one way',
    sql: `
      -- <owner>:<what>[:<part>]: DataLab's quota belongs to Naver Search (its keys), Coupang's
      -- budgets and the API HUB records to their providers, the refused extensions to the companion.
      UPDATE counters SET name = 'naver-search:trend-quota:' || substr(name, 21) WHERE name LIKE 'naver-datalab:quota:%';
      UPDATE counters SET name = 'coupang-partners:' || substr(name, 9) WHERE name LIKE 'coupang:%';
      UPDATE runtime_state SET key = 'naver-search:hub-worked-' || substr(key, 15) WHERE key LIKE 'apihub:worked:%';
      UPDATE runtime_state SET key = 'companion:refused-extensions' WHERE key = 'extension:refused';
    `,
  },
  {
    version: 12,
    name: 'what the seller writes applied',
    sql: `
      -- One row per item a write capability sent: 'sending' before the call, 'applied' or
      -- 'failed' after it. An applied item is never sent again; one left 'sending' (a crash
      -- mid-call) is read back from the vendor before anything else is decided.
      CREATE TABLE commerce_ledger (
        capability  TEXT    NOT NULL,
        item        TEXT    NOT NULL,
        state       TEXT    NOT NULL,
        code        TEXT,
        at          INTEGER NOT NULL,
        PRIMARY KEY (capability, item)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 13,
    name: 'a day of answers about a keyword',
    sql: `
      -- What the estimate tools and Shopping Insight answered for a keyword and one question
      -- (a device and bids, a category and a span), kept for a day like the trend and the bids.
      CREATE TABLE keyword_answers (
        kind        TEXT    NOT NULL,
        keyword     TEXT    NOT NULL,
        question    TEXT    NOT NULL,
        data        TEXT    NOT NULL,
        fetched_at  INTEGER NOT NULL,
        PRIMARY KEY (kind, keyword, question)
      ) WITHOUT ROWID;
    `,
  },
];
