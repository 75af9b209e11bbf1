import { describe, expect, it } from 'vitest';
import { cliLanguage } from './output.ts';

describe('cliLanguage', () => {
  it.each([
    [{ AIGENC_LANG: 'en' }, 'ko-KR', 'en'],
    [{ AIGENC_LANG: 'ko', LANG: 'en_US.UTF-8' }, 'en-US', 'ko'],
    [{ LANG: 'ko_KR.UTF-8' }, 'en-US', 'ko'],
    [{ LC_ALL: 'C.UTF-8', LANG: 'ko_KR.UTF-8' }, 'ko-KR', 'en'],
    [{ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US', 'ko'],
    [{ LANG: 'C' }, 'ko-KR', 'en'],
    // No variable at all (a Windows or macOS terminal): the system's locale decides.
    [{}, 'ko-KR', 'ko'],
    [{}, 'en-GB', 'en'],
  ] as const)('%j on a %s system → %s', (env, system, expected) => {
    expect(cliLanguage(env, system)).toBe(expected);
  });
});
