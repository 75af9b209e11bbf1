import { describe, expect, it } from 'vitest';
import type { Connection } from '@aigenc/shared/contract';
import { welcomeSteps } from './steps.ts';

const connection = (provider: Connection['provider'], status: Connection['status']) =>
  ({ id: provider, provider, status, sandbox: false }) as unknown as Connection;
const ready = (connections: Connection[]) =>
  ({ kind: 'ready', version: '0.1.0', connections, port: 47821, token: 't' }) as const;

describe('the first-run steps', () => {
  it.each([
    [
      'not answering',
      { kind: 'offline', baseUrl: 'http://127.0.0.1:47821' } as const,
      ['current', 'waiting', 'waiting'],
    ],
    ['still being asked', { kind: 'checking' } as const, ['current', 'waiting', 'waiting']],
    [
      'running, not paired',
      { kind: 'unpaired', version: '0.1.0', revoked: false } as const,
      ['done', 'current', 'waiting'],
    ],
    ['paired, no keys', ready([]), ['done', 'done', 'current']],
    [
      'paired, Search Ad keys not checked yet',
      ready([connection('naver-searchad', 'PAUSED')]),
      ['done', 'done', 'current'],
    ],
    ['paired, only Coupang working', ready([connection('coupang-partners', 'ACTIVE')]), ['done', 'done', 'current']],
    ['paired, Search Ad working', ready([connection('naver-searchad', 'ACTIVE')]), ['done', 'done', 'done']],
  ])('%s', (_name, state, expected) => {
    const steps = welcomeSteps(state);
    expect([steps.start, steps.pair, steps.connect]).toEqual(expected);
  });
});
