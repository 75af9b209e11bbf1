import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConnectionStatusSchema, GradeSchema, JOB_STATUSES } from '@aigenc/shared/contract';
import { DESKTOP_SYSTEMS } from './features/status/start-commands.ts';
import { STEP_IDS, STEP_STATES } from './pages/welcome/steps.ts';

const root = join(import.meta.dirname, '..');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('_locales', () => {
  const ko = load('ko');
  const en = load('en');

  it('has the same keys in Korean and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const messages of [ko, en])
      for (const { message } of Object.values(messages)) expect(message.trim()).not.toBe('');
  });

  it('defines every key the code asks for by name', () => {
    const used = new Set<string>();
    for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !(key in ko))).toEqual([]);
  });

  it('covers every key built from a value (`grade_${grade}`): each template names its list of values', () => {
    // Each template prefix the code uses, and every value it can take.
    const VALUES: Record<string, readonly string[]> = {
      grade: GradeSchema.options,
      jobStatus: JOB_STATUSES,
      status: ConnectionStatusSchema.options,
      startTerminal: DESKTOP_SYSTEMS,
      welcomeStep: STEP_IDS,
      welcomeState: STEP_STATES,
    };
    const prefixes = new Set<string>();
    for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(`([A-Za-z]+)_\$\{/g)) prefixes.add(match[1]!);
    }
    expect(prefixes.size).toBeGreaterThanOrEqual(6);
    expect([...prefixes].filter((prefix) => !(prefix in VALUES))).toEqual([]);
    const missing = Object.entries(VALUES).flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}_${value}`).filter((key) => !(key in ko) || !(key in en)),
    );
    expect(missing).toEqual([]);
  });
});
