import { describe, expect, it } from 'vitest';
import {
  ago,
  clockCheck,
  connectionsCheck,
  dataDirCheck,
  extensionCheck,
  keyKindsCheck,
  nodeCheck,
  portCheck,
  vaultCheck,
} from './checks.ts';

const SEARCH_AD = { ko: '네이버 검색광고', en: 'Naver Search Ad' };
const COUPANG = { ko: '쿠팡 파트너스', en: 'Coupang Partners' };
const DAY = 86_400_000;

describe('doctor checks', () => {
  it.each([
    ['v24.11.1', 'ok'],
    ['v22.12.0', 'ok'],
    ['v20.20.0', 'warn'],
    ['v20.19.0', 'warn'],
    ['v20.18.3', 'fail'],
    ['v18.20.4', 'fail'],
  ] as const)('Node %s is %s', (version, status) => {
    expect(nodeCheck(version).status).toBe(status);
  });

  it('names Node 20 as end-of-life and says what to install', () => {
    expect(nodeCheck('v20.20.0').message.en).toMatch(/end-of-life.*Node 22/);
    expect(nodeCheck('v18.0.0').message.ko).toContain('Node 22 이상');
  });

  it('judges the data folder by who may open it and whether it can be written', () => {
    expect(dataDirCheck({ path: '/h', writable: true, mode: 0o40700 }).status).toBe('ok');
    const open = dataDirCheck({ path: '/h', writable: true, mode: 0o40755 });
    expect([open.status, open.message.en]).toEqual(['warn', expect.stringContaining('chmod 700 /h')]);
    expect(open.message.en).toContain('mode 755');
    const broken = dataDirCheck({ path: '/h', writable: false, code: 'EACCES' });
    expect([broken.status, broken.message.ko]).toEqual(['fail', expect.stringContaining('EACCES')]);
  });

  it('tells the port apart: ours, free, or held by another program', () => {
    expect(portCheck({ port: 39217, state: 'ours', version: '0.1.0' })).toMatchObject({ status: 'ok' });
    const free = portCheck({ port: 39217, state: 'free' });
    expect([free.status, free.message.en]).toEqual(['warn', expect.stringContaining('aigenc serve')]);
    const taken = portCheck({ port: 39217, state: 'taken' });
    expect([taken.status, taken.message.en]).toEqual(['fail', expect.stringContaining('AIGENC_PORT')]);
  });

  it('fails an unreadable vault with its reason', () => {
    expect(vaultCheck({ ok: true, backend: 'file' }).message.en).toContain('(file)');
    const broken = vaultCheck({ ok: false, reason: { ko: '키 파일이 손상됨', en: 'the key file is damaged' } });
    expect([broken.status, broken.message.en]).toEqual([
      'fail',
      'The key vault cannot be read: the key file is damaged',
    ]);
  });

  it('lists the connections, warns when none or one is failing', () => {
    expect(connectionsCheck([], 39217)).toMatchObject({ status: 'warn' });
    expect(connectionsCheck([], 39217).message.en).toContain('http://127.0.0.1:39217/setup');
    const ok = connectionsCheck([{ name: SEARCH_AD, state: 'active' }], 39217);
    expect([ok.status, ok.message.ko]).toEqual(['ok', '연결: 네이버 검색광고 정상']);
    const failing = connectionsCheck(
      [
        { name: SEARCH_AD, state: 'active' },
        { name: COUPANG, state: 'failing' },
      ],
      1,
    );
    expect([failing.status, failing.message.en]).toEqual([
      'warn',
      expect.stringContaining('Naver Search Ad working, Coupang Partners failing'),
    ]);
  });

  it('says when the extension was last seen, and warns after a week or when never paired', () => {
    const now = 1_800_000_000_000;
    expect(extensionCheck(null, now)).toMatchObject({ status: 'warn' });
    expect(extensionCheck(now - 3 * 60_000, now).message.ko).toBe('확장 프로그램을 마지막으로 본 때: 3분 전.');
    expect(extensionCheck(now - 8 * DAY, now)).toMatchObject({ status: 'warn' });
    expect([ago(10_000).en, ago(5 * 3_600_000).en, ago(3 * DAY).ko]).toEqual(['just now', '5 h ago', '3일 전']);
  });

  it('names keys of a kind no longer issued with the days they have left, and fails once they have ended', () => {
    const name = { ko: '네이버 검색', en: 'Naver Search' };
    const at = (day: string) => Date.parse(`${day}T12:00:00+09:00`);
    expect(keyKindsCheck([], at('2026-12-06'))).toMatchObject({ id: 'key-kinds', status: 'ok' });
    const before = keyKindsCheck([{ name, lastDay: '2027-06-30' }], at('2026-12-06'));
    expect(before.status).toBe('warn');
    expect(before.message.ko).toBe(
      '네이버 검색: 개발자센터 키는 2027-06-30까지 쓸 수 있습니다(206일 남음). 그 전에 API HUB 키를 받아 설정 페이지의 네이버 검색 카드에서 바꾸세요.',
    );
    // Korean days, whatever the machine's zone: 23:30 in Korea on the last day is still that day.
    expect(keyKindsCheck([{ name, lastDay: '2027-06-30' }], Date.parse('2027-06-30T14:30:00Z')).message.en).toContain(
      '(0 days left)',
    );
    const after = keyKindsCheck([{ name, lastDay: '2027-06-30' }], Date.parse('2027-06-30T15:00:00Z'));
    expect(after.status).toBe('fail');
    expect(after.message.en).toContain('ended on 2027-06-30');
  });

  it('names an unknown extension refused after the last paired call, as an id to check, never a command that allows it, for a week', () => {
    const now = 1_800_000_000_000;
    const id = 'b'.repeat(32);
    const refused = { id, at: now - 2 * 60_000 };
    const never = extensionCheck(null, now, refused);
    expect(never.status).toBe('warn');
    expect(never.message.en).toBe(
      `A request from an extension this companion does not know (id ${id}) was refused 2 min ago. Any program on ` +
        `this computer can send such a request: first check on chrome://extensions that this id is the AigenC Lens ` +
        `you installed. If it is, update the companion to the same, latest version as the extension; if it is not, ` +
        `do not allow it.`,
    );
    expect(never.message.ko).toContain(`(ID ${id})의 요청을 거절했습니다(2분 전)`);
    expect(`${never.message.en} ${never.message.ko}`).not.toContain('AIGENC_EXTENSION_ORIGINS');
    // A paired extension seen before the refusal: the refusal is the news.
    expect(extensionCheck(now - DAY, now, refused).message.en).toContain(`id ${id}`);
    // Seen since the refusal (the right build works now), or the refusal is older than a week.
    expect(extensionCheck(now - 60_000, now, refused)).toMatchObject({ status: 'ok' });
    expect(extensionCheck(null, now, { id, at: now - 8 * DAY }).message.en).toContain('aigenc pair');
  });

  it.each([
    [0, 'ok'],
    [-4_000, 'ok'],
    [12_000, 'warn'],
    [-59_000, 'warn'],
    [60_000, 'fail'],
    [-10 * 60_000, 'fail'],
  ] as const)('a clock %i ms off is %s', (skewMs, status) => {
    expect(clockCheck([{ vendor: SEARCH_AD, skewMs }]).status).toBe(status);
  });

  it('names the skew in minutes and the direction, from the vendor it is furthest from', () => {
    const check = clockCheck([
      { vendor: COUPANG, skewMs: 2_000 },
      { vendor: SEARCH_AD, skewMs: 10 * 60_000 + 400 },
    ]);
    expect(check.message.ko).toMatch(/^시계가 네이버 검색광고보다 10분 빠릅니다/);
    expect(check.message.en).toMatch(/^The clock is 10 min ahead of Naver Search Ad/);
    expect(clockCheck([{ vendor: SEARCH_AD, skewMs: -3 * 60_000 }]).message.en).toContain('3 min behind');
  });

  it('warns, with the reason, when no vendor could be reached', () => {
    const check = clockCheck([{ vendor: SEARCH_AD, error: 'ENOTFOUND' }]);
    expect([check.status, check.message.en]).toEqual(['warn', expect.stringContaining('ENOTFOUND')]);
  });
});
