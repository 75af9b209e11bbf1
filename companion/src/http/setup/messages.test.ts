import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, ConnectionStatusSchema } from '@aigenc/shared/contract';
import { SETUP_MESSAGES } from './messages.ts';

const CLIENT = join(import.meta.dirname, 'client');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the setup page’s words', () => {
  it('has the same keys and placeholders in Korean and English, none empty', () => {
    const { ko, en } = SETUP_MESSAGES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const [key, text] of Object.entries(ko)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('names every status, capability kind and recorded action the page may show', () => {
    const keys = new Set(Object.keys(SETUP_MESSAGES.ko));
    const wanted = [
      ...ConnectionStatusSchema.options.map((status) => `status_${status}`),
      'kind_read',
      'kind_write',
      ...AUDIT_ACTIONS.map((action) => `audit_${action}`),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has no words the page never shows (keys are typed, so none is missing)', () => {
    const sources = [
      ...readdirSync(CLIENT)
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => readFileSync(join(CLIENT, name), 'utf8')),
      readFileSync(join(import.meta.dirname, 'page.ts'), 'utf8'),
    ].join('\n');
    const templated = /^(status|kind|audit)_/;
    const unused = Object.keys(SETUP_MESSAGES.ko).filter(
      (key) => !templated.test(key) && !sources.includes(`'${key}'`) && !sources.includes(`t.${key}`),
    );
    expect(unused).toEqual([]);
  });
});
