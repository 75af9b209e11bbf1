import { afterEach, describe, expect, it } from 'vitest';
import type { KeywordFigures } from '@aigenc/shared/domain';
import { tempHome } from '../../test/support.ts';
import { openDatabase } from './db.ts';
import { DOCUMENTS_TTL_MS, KeywordCache, METRICS_TTL_MS } from './keyword-cache.ts';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function item(keyword: string, pc: number): KeywordFigures {
  return {
    keyword,
    pc: { count: pc, below10: false },
    mobile: { count: 5, below10: true },
    clicks: { pc: 1.5, mobile: 0 },
    ctr: { pc: 0.1, mobile: 0 },
    adDepth: 3,
    competition: 'high',
  };
}

function open(memoryKeywords?: number) {
  const { dir, cleanup } = tempHome();
  const db = openDatabase(dir);
  cleanups.push(() => {
    db.close();
    cleanup();
  });
  let now = 1_000_000;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  return { db, clock, dir, cache: new KeywordCache(db, clock.now, memoryKeywords) };
}

describe('KeywordCache', () => {
  it('answers what was put, fresh until its lifetime ends, stale after', () => {
    const { cache, clock } = open();
    expect(cache.metrics('캠핑의자')).toBeNull();
    cache.putMetrics([['캠핑의자', item('캠핑의자', 100)]]);
    expect(cache.metrics('캠핑의자')).toMatchObject({ value: { pc: { count: 100 } }, fresh: true });
    clock.advance(METRICS_TTL_MS);
    expect(cache.metrics('캠핑의자')).toMatchObject({ value: { pc: { count: 100 } }, fresh: false });
  });

  it('writes through the memory copy: a later put is what the next read sees', () => {
    const { cache, clock } = open();
    cache.putMetrics([['캠핑의자', item('캠핑의자', 100)]]);
    cache.metrics('캠핑의자');
    clock.advance(10);
    cache.putMetrics([['캠핑의자', item('캠핑의자', 200)]]);
    expect(cache.metrics('캠핑의자')).toMatchObject({ value: { pc: { count: 200 } }, fetchedAt: 1_000_010 });

    cache.putDocuments('캠핑의자', 'blog', 10);
    expect(cache.allDocuments('캠핑의자').get('blog')).toMatchObject({ value: 10, fresh: true });
    cache.putDocuments('캠핑의자', 'blog', 20);
    cache.putDocuments('캠핑의자', 'news', null);
    const documents = cache.allDocuments('캠핑의자');
    expect(documents.get('blog')?.value).toBe(20);
    expect(documents.get('news')).toMatchObject({ value: null, fresh: true });
    clock.advance(DOCUMENTS_TTL_MS);
    expect(cache.allDocuments('캠핑의자').get('blog')?.fresh).toBe(false);
  });

  it('reads from disk what memory has forgotten, and what another process wrote', () => {
    const { cache, db, clock } = open(1);
    cache.putMetrics([
      ['하나', item('하나', 1)],
      ['둘', item('둘', 2)],
    ]);
    expect(cache.metrics('하나')?.value?.pc.count).toBe(1);
    expect(cache.metrics('둘')?.value?.pc.count).toBe(2);

    const other = new KeywordCache(db, clock.now);
    other.putMetrics([['셋', item('셋', 3)]]);
    expect(cache.metrics('셋')?.value?.pc.count).toBe(3);
  });

  it('keeps "Search Ad has no row" as a cached answer', () => {
    const { cache } = open();
    cache.putMetrics([['없는말', null]]);
    expect(cache.metrics('없는말')).toMatchObject({ value: null, fresh: true });
  });

  it('keeps related lists', () => {
    const { cache } = open();
    cache.putRelated('캠핑', ['캠핑의자', '캠핑용품']);
    expect(cache.related('캠핑')).toMatchObject({ value: ['캠핑의자', '캠핑용품'], fresh: true });
  });
});
