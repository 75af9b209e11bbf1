/**
 * The popup's JavaScript stays within 60 KB gzipped: every script the built popup.html loads
 * (its entry and the chunks it preloads), each gzipped as a browser would receive it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/browser.ts';

const BUDGET = 60 * 1024;

describe('the built extension', () => {
  it('loads at most 60 KB of gzipped JavaScript into the popup', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="(\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, path))).length, 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
