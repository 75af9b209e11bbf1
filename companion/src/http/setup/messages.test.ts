import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, ConnectionStatusSchema } from '@aigenc/shared/contract';
import { SETUP_MESSAGES } from './messages.ts';

const CLIENT = join(import.meta.dirname, 'client');

describe('the setup page’s words', () => {
  it('name every status, capability kind and recorded action the page may show', () => {
    const keys = new Set(Object.keys(SETUP_MESSAGES));
    const wanted = [
      ...ConnectionStatusSchema.options.map((status) => `status_${status}`),
      'kind_read',
      'kind_write',
      ...AUDIT_ACTIONS.map((action) => `audit_${action}`),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('are all shown somewhere (keys are typed, so none the page asks for is missing)', () => {
    const sources = [
      ...readdirSync(CLIENT)
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => readFileSync(join(CLIENT, name), 'utf8')),
      readFileSync(join(import.meta.dirname, 'page.ts'), 'utf8'),
    ].join('\n');
    const templated = /^(status|kind|audit)_/;
    const unused = Object.keys(SETUP_MESSAGES).filter(
      (key) => !templated.test(key) && !sources.includes(`'${key}'`) && !sources.includes(`SETUP_MESSAGES.${key}`),
    );
    expect(unused).toEqual([]);
  });
});
