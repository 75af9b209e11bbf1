/**
 * The registry's budgets are what the connectors keep to: every budget a provider's entry lists is
 * read by a connector (`budgetLimit`), so a budget shown or kept is never a number nobody obeys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS, providerSpec } from '@aigenc/shared/providers';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the registry’s budgets', () => {
  it('are each read by a connector', () => {
    const code = sources(import.meta.dirname)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const read = new Set([...code.matchAll(/budgetLimit\(PROVIDER, '([\w-]+)'\)/g)].map((m) => m[1]));
    const unread = PROVIDERS.flatMap((p) => providerSpec(p).budgets.map((b) => b.id)).filter((id) => !read.has(id));
    expect(unread).toEqual([]);
  });
});
