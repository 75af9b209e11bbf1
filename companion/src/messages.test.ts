/// <reference types="vite/client" />
/**
 * The catalogue: every `messages.ts` of the companion, checked together. Each message has Korean
 * and English, neither empty, with the same placeholders; and no other source file writes a
 * bilingual text of its own (an inline `{ ko, en }` or a `language === 'ko'` choice).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineMessages, fill, instantWords, messageId, placeholdersOf, readWords, storedWords } from './messages.ts';

const SECTIONS = import.meta.glob<Record<string, unknown>>('./**/messages.ts', { eager: true });

interface Entry {
  where: string;
  ko: unknown;
  en: unknown;
}

function entries(): Entry[] {
  return Object.entries(SECTIONS).flatMap(([file, module]) =>
    Object.entries(module).flatMap(([name, section]) =>
      section && typeof section === 'object'
        ? Object.entries(section as Record<string, { ko?: unknown; en?: unknown }>).map(([key, message]) => ({
            where: `${file} ${name}.${key}`,
            ko: message?.ko,
            en: message?.en,
          }))
        : [],
    ),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the message catalogue', () => {
  it('gathers the sections of every area', () => {
    expect(Object.keys(SECTIONS).length).toBeGreaterThanOrEqual(8);
    expect(entries().length).toBeGreaterThan(150);
  });

  it('has every message in Korean and English, none empty, with the same placeholders', () => {
    const wrong = entries().filter(
      ({ ko, en }) =>
        typeof ko !== 'string' ||
        typeof en !== 'string' ||
        !ko.trim() ||
        !en.trim() ||
        placeholdersOf(ko).join() !== placeholdersOf(en).join(),
    );
    expect(wrong.map((entry) => entry.where)).toEqual([]);
  });

  it('gives every message an id of its own (an id may be kept, so two messages never share one)', () => {
    const messages = Object.values(SECTIONS).flatMap((module) =>
      Object.values(module).flatMap((section) =>
        section && typeof section === 'object' ? Object.values(section as Record<string, object>) : [],
      ),
    );
    const ids = messages.map((message) => messageId(message as { ko: string; en: string }));
    expect(ids.filter((id) => id === undefined)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the only place bilingual text is written', () => {
    const root = import.meta.dirname;
    const inline = /\bko:\s*['"`]|===\s*'ko'|'ko'\s*===|\bko\s*\?/;
    const offenders = sources(root)
      .filter((file) => !file.endsWith('/messages.ts') && !file.includes('/sandbox/'))
      .filter((file) => inline.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});

describe('instantWords', () => {
  it('says an instant in Korean time, whatever the machine, and in ISO for English', () => {
    expect(instantWords(Date.UTC(2026, 11, 2, 15, 0))).toEqual({
      ko: '12월 3일 오전 12:00',
      en: '2026-12-02T15:00:00.000Z',
    });
    expect(instantWords(Date.UTC(2026, 11, 2, 7, 5)).ko).toBe('12월 2일 오후 4:05');
    expect(instantWords(Date.UTC(2026, 11, 2, 3, 30)).ko).toBe('12월 2일 오후 12:30');
  });
});

describe('kept words', () => {
  const WORDS = defineMessages('test-kept', {
    wait: { ko: '{service}이(가) {minutes}분 쉬게 합니다.', en: '{service} asks us to wait {minutes} min.' },
  });

  it('keeps a message as its id and parameters, and says it in the reader’s language', () => {
    const words = fill(WORDS.wait, { service: { ko: '네이버 검색광고', en: 'Naver Search Ad' }, minutes: 3 });
    const kept = JSON.parse(JSON.stringify(storedWords(words))) as ReturnType<typeof storedWords>;
    expect(kept).toEqual({
      id: 'test-kept.wait',
      params: { service: { ko: '네이버 검색광고', en: 'Naver Search Ad' }, minutes: 3 },
    });
    expect(JSON.stringify(kept)).not.toContain('쉬게');
    expect(readWords(kept, 'ko')).toBe('네이버 검색광고이(가) 3분 쉬게 합니다.');
    expect(readWords(kept, 'en')).toBe('Naver Search Ad asks us to wait 3 min.');
  });

  it('keeps a vendor’s own words as they are, and reads words kept before ids existed', () => {
    expect(storedWords({ ko: 'Invalid request', en: 'Invalid request' })).toEqual({
      ko: 'Invalid request',
      en: 'Invalid request',
    });
    expect(readWords({ ko: '예전 문장', en: 'an old sentence' }, 'en')).toBe('an old sentence');
  });

  it('answers null for an id this version does not know', () => {
    expect(readWords({ id: 'gone.away', params: {} }, 'ko')).toBeNull();
  });
});
