import { describe, expect, it } from 'vitest';
import { kstDay } from '../connectors/limits.ts';
import { DAILY_QUOTA } from '../connectors/naver-search/client.ts';
import { searchConnector } from '../connectors/naver-search/connector.ts';
import { searchAdConnector } from '../connectors/naver-searchad/connector.ts';
import { accountTag, stateKey } from '../store/state-keys.ts';
import { DEMO_CREDENTIALS } from '../sandbox/credentials.ts';
import type { CompanionError } from '../errors/index.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { MAX_OPEN_JOBS, MAX_OPEN_KEYWORDS } from '@aigenc/shared/contract';
import { CachePruner } from '../store/cache-pruner.ts';
import { JobStore } from '../store/job-store.ts';
import { KeywordCache } from '../store/keyword-cache.ts';
import { jobMessage } from './job-results.ts';
import { KeywordJobService } from './keyword-jobs.ts';
import { KeywordMetricsService } from './keyword-metrics.ts';

const harness = useSandbox({ searchad: { minIntervalMs: 30 }, search: { perSecond: 1000 } });

function jobs(options: { owner?: string; quotaLeft?: number; isAlive?: (owner: string) => boolean } = {}) {
  const h = harness();
  if (options.quotaLeft !== undefined) {
    // Today's Naver Search quota nearly spent: `quotaLeft` calls remain.
    const day = kstDay(h.time.now());
    const name = stateKey('naver-search', 'quota', accountTag(DEMO_CREDENTIALS['naver-search'].clientId));
    h.spend(name, day.key, DAILY_QUOTA - options.quotaLeft, day.resetsAt);
  }
  // The clients as the product wires them (their definitions), on the harness's clock.
  const metrics = new KeywordMetricsService({
    searchAd: () => Promise.resolve(h.connect(searchAdConnector)),
    search: () => Promise.resolve(h.connect(searchConnector)),
    cache: new KeywordCache(h.db, h.time.now),
    now: h.time.now,
  });
  return new KeywordJobService({
    metrics,
    store: new JobStore(h.db),
    time: h.time,
    owner: options.owner ?? 'test-runner',
    isAlive: options.isAlive ?? (() => false),
    step: 20,
  });
}

const list = (n: number, prefix = '대량작업') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const searchAdCalls = () => harness().stats('searchad')['searchad:ok'] ?? 0;
const searchCalls = () =>
  Object.entries(harness().stats('search'))
    .filter(([k]) => k.startsWith('search:ok:'))
    .reduce((s, [, v]) => s + v, 0);

describe('KeywordJobService against the sandbox', () => {
  it('answers a job in its order, five hints a Search Ad call and one document count a keyword', async () => {
    const service = jobs();
    const keywords = [...list(48), '캠핑의자', '캠핑 의자'];
    const job = service.create(keywords, '테스트');
    const ended = await service.runToEnd(job.id);
    expect(ended).toMatchObject({ status: 'done', done: 50, total: 50, failed: 0, name: '테스트' });
    const { items } = service.results(job.id, 0, 100);
    expect(items.map((i) => i.item.keyword)).toEqual(keywords);
    // 49 distinct keywords (two spellings of one): 10 calls of up to five hints.
    expect(searchAdCalls()).toBe(10);
    // The default formula uses blog counts: one Naver Search call per keyword found, no more.
    const found = items.filter((i) => i.item.found).length;
    expect(searchCalls()).toBeLessThanOrEqual(Math.ceil(found * 1.05));
    expect(items.every((i) => i.item.documents['news'] === null)).toBe(true);
    expect(items.filter((i) => i.item.found).every((i) => typeof i.item.documents['blog'] === 'number')).toBe(true);
    // Results page by page.
    expect(service.results(job.id, 45, 10).items.map((i) => i.item.keyword)).toEqual(keywords.slice(45));
  });

  it('goes on after a crash from where it was saved, without asking again what it has', async () => {
    const h = harness();
    const store = new JobStore(h.db);
    const first = jobs({ owner: 'process-a' });
    const keywords = list(60, '재개');
    const job = first.create(keywords);
    // Process A saves two steps of 20, then dies holding its lease (as SIGKILL would leave it).
    const died = await first
      .runToEnd(job.id, (_done, _total, saved) => {
        if (saved.done >= 40) throw new Error('killed');
      })
      .catch((e: unknown) => e);
    expect(died).toEqual(new Error('killed'));
    expect(store.lease(job.id, 'process-a', h.time.now() + 60_000, h.time.now(), null)).toBe(true);
    expect(store.get(job.id)).toMatchObject({ status: 'running', done: 40 });
    const before = searchAdCalls();
    // Process B (the restarted server) sees A is gone and goes on from keyword 41.
    const second = jobs({ owner: 'process-b', isAlive: (owner) => owner === 'process-b' });
    const ended = await second.runToEnd(job.id);
    expect(ended).toMatchObject({ status: 'done', done: 60 });
    expect(searchAdCalls() - before).toBe(4);
    expect(second.results(job.id, 0, 60).items.map((i) => i.item.keyword)).toEqual(keywords);
  });

  it('a lease held by a live process is not taken; a dead holder’s is', async () => {
    const store = new JobStore(harness().db);
    const service = jobs({ owner: 'me', isAlive: (owner) => owner === 'alive-elsewhere' });
    const job = service.create(list(5, '임대'));
    const now = harness().time.now();
    expect(store.lease(job.id, 'alive-elsewhere', now + 60_000, now, null)).toBe(true);
    expect(store.lease(job.id, 'me', now + 60_000, now, null)).toBe(false);
    expect(store.lease(job.id, 'me', now + 60_000, now, 'alive-elsewhere')).toBe(true);
    store.release(job.id, 'me');
    expect(store.lease(job.id, 'dead-one', now + 60_000, now, null)).toBe(true);
    expect((await service.runToEnd(job.id)).status).toBe('done');
  });

  it('waits on a Search Ad cooldown with the time in words, then goes on by itself', async () => {
    const service = jobs();
    await harness().fault('searchad', 'status-429', 3);
    const job = service.create(list(30, '쿨다운'));
    const waited = await service.runToEnd(job.id, undefined, 1000);
    expect(waited.status).toBe('waiting');
    expect(waited.waitingUntil).toBeGreaterThan(harness().time.now());
    expect(jobMessage(waited, 'ko')).toContain('저절로 이어서');
    expect(jobMessage(waited, 'en')).toContain('goes on by itself');
    const ended = await service.runToEnd(job.id);
    expect(ended).toMatchObject({ status: 'done', done: 30, failed: 0 });
    expect(service.results(job.id, 0, 30).items.every((i) => !i.error)).toBe(true);
  });

  it('waits for midnight KST when the Naver Search quota is spent, then finishes the counts', async () => {
    const service = jobs({ quotaLeft: 10 });
    const job = service.create(list(25, '할당량'));
    const waited = await service.runToEnd(job.id, undefined, 1000);
    expect(waited.status).toBe('waiting');
    expect(waited.done).toBeLessThan(25);
    // Midnight in Korea after the harness's 10:00 KST: 15:00 UTC the same day.
    expect(new Date(waited.waitingUntil!).toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(jobMessage(waited, 'ko')).toContain('자정');
    const ended = await jobs().runToEnd(job.id);
    expect(ended.status).toBe('done');
    const { items } = service.results(job.id, 0, 25);
    expect(items.filter((i) => i.item.found).every((i) => typeof i.item.documents['blog'] === 'number')).toBe(true);
    expect(items.every((i) => !i.documentsError)).toBe(true);
  });

  it('fails with the reason when waiting cannot help, and resumes when asked', async () => {
    const h = harness();
    const service = jobs();
    const job = service.create(list(5, '실패'));
    await h.fault('searchad', 'gw-authn', 5);
    const failed = await service.runToEnd(job.id);
    expect(failed.status).toBe('failed');
    expect(jobMessage(failed, 'ko')).toMatch(/[가-힣]/);
    expect(service.resume(job.id).status).toBe('queued');
    h.sandbox.states.searchad.reset();
    expect((await service.runToEnd(job.id)).status).toBe('done');
  });

  it('stops when cancelled, keeping what it answered', async () => {
    const service = jobs();
    const job = service.create(list(60, '취소'));
    const ended = await service.runToEnd(job.id, (done) => {
      if (done >= 20) service.cancel(job.id);
    });
    expect(ended.status).toBe('cancelled');
    expect(ended.done).toBeGreaterThanOrEqual(20);
    expect(ended.done).toBeLessThan(60);
    expect(service.results(job.id, 0, 60).items).toHaveLength(ended.done);
  });

  it('the server runner takes open jobs by itself, oldest first', async () => {
    const service = jobs();
    const a = service.create(list(10, '러너A'));
    const b = service.create(list(10, '러너B'));
    service.start();
    try {
      for (let i = 0; i < 200 && service.get(b.id).status !== 'done'; i++) await new Promise((r) => setTimeout(r, 25));
    } finally {
      await service.stop();
    }
    expect(service.get(a.id).status).toBe('done');
    expect(service.get(b.id).status).toBe('done');
    expect(service.get(a.id).finishedAt!).toBeLessThanOrEqual(service.get(b.id).finishedAt!);
  });

  describe('bounds, removal and retention', () => {
    it(`refuses a job past ${MAX_OPEN_JOBS} open jobs or ${MAX_OPEN_KEYWORDS} open keywords, keeping nothing, and says why`, () => {
      const service = jobs();
      for (let i = 0; i < MAX_OPEN_JOBS; i++) service.create(list(10, `열린${i}`));
      expect(() => service.create(list(1, '넘침'))).toThrow(expect.objectContaining({ code: 'JOB_LIMIT_REACHED' }));
      try {
        service.create(list(1, '넘침'));
      } catch (error) {
        expect((error as CompanionError).detail!.ko).toContain(`이미 ${MAX_OPEN_JOBS}개`);
      }
      expect(service.list()).toHaveLength(MAX_OPEN_JOBS);
      // A cancelled job no longer counts: there is room again.
      service.cancel(service.list()[0]!.id);
      expect(service.create(list(1, '자리')).status).toBe('queued');

      const other = jobs();
      for (const job of other.list()) if (job.status === 'queued') other.cancel(job.id);
      other.create(list(MAX_OPEN_KEYWORDS - 5, '큰목록'));
      expect(() => other.create(list(6, '하나더'))).toThrow(expect.objectContaining({ code: 'JOB_LIMIT_REACHED' }));
      expect(other.create(list(5, '딱맞게')).total).toBe(5);
    });

    it('removes an ended job with its results; an open one is refused and kept', async () => {
      const service = jobs();
      const open = service.create(list(5, '지우기열림'));
      expect(() => service.remove(open.id)).toThrow(expect.objectContaining({ code: 'JOB_LIMIT_REACHED' }));
      expect(service.get(open.id).status).toBe('queued');
      await service.runToEnd(open.id);
      service.remove(open.id);
      expect(() => service.get(open.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      const left = harness().db.prepare('SELECT count(*) FROM keyword_job_items WHERE job_id = ?').pluck().get(open.id);
      expect(left).toBe(0);
    });

    it('lists every open job, however many ended ones are newer', () => {
      const service = jobs();
      const oldest = service.create(list(1, '오래된열린'));
      for (let i = 0; i < 60; i++) service.cancel(service.create(list(1, `끝난${i}`)).id);
      const listed = service.list();
      expect(listed.map((j) => j.id)).toContain(oldest.id);
      expect(listed).toHaveLength(51);
    });

    it('keeps an ended job and its results for 30 days after it ended, then lets them go', async () => {
      const h = harness();
      const service = jobs();
      const job = service.create(list(5, '보관'));
      await service.runToEnd(job.id);
      const open = service.create(list(3, '보관중열림'));
      const pruner = new CachePruner(h.db, h.time.now, { batch: 2 });
      h.time.advance(29 * 86_400_000);
      while (pruner.step() > 0);
      expect(service.results(job.id, 0, 5).items).toHaveLength(5);
      h.time.advance(2 * 86_400_000);
      while (pruner.step() > 0);
      expect(() => service.get(job.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(h.db.prepare('SELECT count(*) FROM keyword_job_items WHERE job_id = ?').pluck().get(job.id)).toBe(0);
      // An open job is never let go, however old.
      expect(service.get(open.id).status).toBe('queued');
    });
  });
});
