/**
 * `aigenc commerce` against the sandbox's demo store, on a companion whose Smart Store switches a
 * seller turned on in the setup page: the lists, each write a preview unless --apply, the items'
 * outcomes in words, a dispatch file with a bad row failing alone, bad usage refused with exit 2
 * before any call, and a switch turned off refusing the write before any call.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { setSwitch, switchOnSellerWork } from '../support/seller-work.ts';

let sandbox: RunningSandbox;
let companion: CompanionProcess;
let scratch: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  companion = await startCompanion({ env: demoEnvironment(sandbox.urls) });
  await switchOnSellerWork(companion.port);
  scratch = mkdtempSync(join(tmpdir(), 'aigenc-commerce-'));
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  rmSync(scratch, { recursive: true, force: true });
  await sandbox.close();
});

const aigenc = (args: string[], language = 'ko') =>
  runAigencAsync(['commerce', ...args], companion.home, {
    ...demoEnvironment(sandbox.urls),
    AIGENC_PORT: String(companion.port),
    AIGENC_LANG: language,
  });
const calls = (name: string) => sandbox.states.commerce.stats[`commerce:${name}`] ?? 0;

describe('aigenc commerce', () => {
  it('lists the orders to confirm with the buyer masked, previews a confirm, then applies it once', async () => {
    const listed = await aigenc(['orders', '--json']);
    expect(listed.status, listed.stderr).toBe(0);
    const items = (JSON.parse(listed.stdout) as { items: { productOrderId: string; buyer: string }[] }).items;
    expect(items).toHaveLength(5);
    expect(items.every((i) => /^.\*/.test(i.buyer))).toBe(true);
    const table = await aigenc(['orders']);
    expect(table.stdout).toMatch(/상품주문번호 +주문일시/);
    expect(table.stdout).toContain('경량 캠핑 릴렉스 체어');

    const ids = items.slice(0, 2).map((i) => i.productOrderId);
    const preview = await aigenc(['confirm', ...ids]);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toMatch(/보낼 예정/);
    expect(preview.stdout).toMatch(/미리보기입니다/);
    expect(calls('confirm')).toBe(0);
    const applied = await aigenc(['confirm', ...ids, '--apply']);
    expect(applied.stdout).toMatch(/완료/);
    const again = await aigenc(['confirm', ...ids, '--apply']);
    expect(again.stdout).toMatch(/건너뜀: 이미 발주 확인된 주문입니다/);
    expect(calls('confirm')).toBe(1);
  });

  it('dispatches from a CSV file; an unknown courier fails alone, the exit code says one failed', async () => {
    const listed = await aigenc(['orders', '--stage', 'to-dispatch', '--json']);
    const [first, second] = (JSON.parse(listed.stdout) as { items: { productOrderId: string }[] }).items;
    const file = join(scratch, 'dispatch.csv');
    writeFileSync(
      file,
      `상품주문번호,택배사,송장번호\n${first!.productOrderId},CJ대한통운,641200007777\n${second!.productOrderId},번개택배,641200007778\n`,
    );
    const run = await aigenc(['dispatch', '--file', file, '--apply', '--json'], 'en');
    expect(run.status).toBe(1);
    const answer = JSON.parse(run.stdout) as { items: { status: string; code?: string; message?: string }[] };
    expect(answer.items.map((i) => i.status)).toEqual(['applied', 'failed']);
    expect(answer.items[1]).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/courier/i) });
  });

  it('lists the unanswered inquiries and answers one', async () => {
    const listed = await aigenc(['inquiries']);
    expect(listed.stdout).toMatch(/주문 문의/);
    expect(listed.stdout).toMatch(/상품 문의/);
    const run = await aigenc([
      'answer',
      'product',
      '330201455',
      '--text',
      '성인 남성도 충분히 앉을 수 있고, 최대 120kg까지 견딥니다.',
      '--apply',
    ]);
    expect(run.stdout).toMatch(/product 330201455: 완료/);
    expect(calls('qna-answer')).toBe(1);
  });

  it('changes stock by product and option, and says what it was before', async () => {
    const run = await aigenc(['stock', '10482402=20', '10482355:7202=5', '--apply', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { items: { status: string; before: number; after: number }[] };
    expect(answer.items).toEqual([
      expect.objectContaining({ status: 'applied', before: 17, after: 20 }),
      expect.objectContaining({ status: 'applied', before: 14, after: 5 }),
    ]);
  });

  it('refuses bad usage with exit 2 before any call', async () => {
    const before = { ...sandbox.states.commerce.stats };
    for (const args of [
      ['stock', 'abc'],
      ['confirm', ...Array.from({ length: 301 }, (_, i) => String(2026120600000000 + i))],
      ['answer', 'order', '601120331', '--text', '가'.repeat(2_001)],
      ['answer', 'nope', '1', '--text', '네'],
      ['orders', '--stage', 'later'],
      ['dispatch'],
      ['frobnicate'],
    ]) {
      const run = await aigenc(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(sandbox.states.commerce.stats).toEqual(before);
  });

  it('is refused before any call while its switch is off, and says which switch', async () => {
    await setSwitch(companion.port, 'stockSync', false);
    const before = calls('origin-product');
    const run = await aigenc(['stock', '10482402=3', '--apply']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/재고 동기화/);
    expect(calls('origin-product')).toBe(before);
  });
});
