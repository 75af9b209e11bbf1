/// <reference types="vite/client" />
/**
 * The catalogue: every `messages.ts` of the companion, checked together. Each message has Korean
 * and English, neither empty, with the same placeholders; and no other source file writes a
 * bilingual text of its own (an inline `{ ko, en }` or a `language === 'ko'` choice).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantWords, placeholdersOf } from './messages.ts';

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
