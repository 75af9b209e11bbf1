/**
 * A job's answered keywords in the job's order, read a page at a time as the job moves: only the
 * rows not read yet are asked for, so a table of 10,000 costs each row once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KeywordJob, KeywordMetricsItem } from '@aigenc/shared/contract';
import type { CompanionClient } from '../../companion-client.ts';

export const RESULTS_PAGE = 1000;

export function useJobResults(client: CompanionClient, job: KeywordJob | null): KeywordMetricsItem[] {
  const [rows, setRows] = useState<{ id: string | null; items: KeywordMetricsItem[] }>({ id: null, items: [] });
  const [reading, setReading] = useState(false);
  const id = job?.id ?? null;
  const done = job?.done ?? 0;
  const items = rows.id === id ? rows.items : [];

  useEffect(() => {
    if (rows.id !== id) {
      setRows({ id, items: [] });
      return;
    }
    if (!id || reading || items.length >= done) return;
    setReading(true);
    void client
      .jobResults(id, items.length, RESULTS_PAGE)
      .then((page) => {
        // Appended only where it belongs: another job picked meanwhile, or a page read twice, is dropped.
        if (page.items.length > 0)
          setRows((r) =>
            r.id === id && r.items.length === page.offset ? { id, items: [...r.items, ...page.items] } : r,
          );
      })
      // A failed read is asked again a few seconds later.
      .catch(() => new Promise((resolve) => setTimeout(resolve, 3000)))
      .finally(() => setReading(false));
  }, [client, id, done, rows.id, items.length, reading]);

  return items;
}
