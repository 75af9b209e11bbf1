import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS, providerSpec } from '@aigenc/shared/providers';
import { SETUP_MESSAGES, setupMessages } from './messages.ts';

const CLIENT = join(import.meta.dirname, 'client');

describe('the setup page’s words', () => {
  it('has the same keys in Korean and English, none empty', () => {
    expect(Object.keys(SETUP_MESSAGES.en).sort()).toEqual(Object.keys(SETUP_MESSAGES.ko).sort());
    const ko = setupMessages('ko');
    const en = setupMessages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const messages of [ko, en]) expect(Object.entries(messages).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('takes every label the registry defines, in both languages', () => {
    for (const language of ['ko', 'en'] as const) {
      const messages = setupMessages(language);
      for (const provider of PROVIDERS) {
        const spec = providerSpec(provider);
        expect(messages[`keysFrom_${provider.replaceAll('-', '_')}`]).toBe(spec.keys.steps[language]);
        for (const field of spec.fields) expect(messages[`field_${field.name}`]).toBe(field.label[language]);
        for (const name of Object.keys(spec.capabilities)) expect(messages[`cap_${name}`]).toBeTruthy();
      }
    }
  });

  it('defines every key the page script asks for by name', () => {
    const used = new Set<string>();
    for (const file of readdirSync(CLIENT).filter((name) => name.endsWith('.ts'))) {
      for (const match of readFileSync(join(CLIENT, file), 'utf8').matchAll(/\bt\('([A-Za-z_.-]+)'/g))
        used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !(key in setupMessages('ko')))).toEqual([]);
  });
});
