import { describe, expect, it } from 'vitest';
import { CompanionError, UpstreamError } from './index.ts';
import { readProblem, storedProblem, toProblem } from './problem.ts';
import { SEARCHAD_MESSAGES } from '../connectors/naver-searchad/messages.ts';
import { fill } from '../messages.ts';

describe('a kept problem', () => {
  it('keeps codes and parameters, no sentence, and reads as the same problem in each language', () => {
    const error = new UpstreamError('UPSTREAM_AUTH_FAILED', {
      provider: 'naver-searchad',
      upstreamCode: '1018',
      detail: fill(Object.values(SEARCHAD_MESSAGES)[0]! as { ko: string; en: string }),
    });
    const kept = JSON.parse(JSON.stringify(storedProblem(error))) as ReturnType<typeof storedProblem>;
    expect(kept.detail).toHaveProperty('id');
    expect(JSON.stringify(kept)).not.toContain(error.detail!.ko);
    expect(readProblem(kept, 'ko')).toEqual(toProblem(error, 'ko'));
    expect(readProblem(kept, 'en')).toEqual(toProblem(error, 'en'));
  });

  it('words a problem without a detail of its own by its code', () => {
    const kept = storedProblem(new CompanionError('NOT_FOUND'));
    expect(readProblem(kept, 'en').detail).toBe(toProblem(new CompanionError('NOT_FOUND'), 'en').detail);
  });

  it('reads a problem kept the old way (whole, in both languages)', () => {
    const old = {
      ko: toProblem(new CompanionError('INTERNAL'), 'ko'),
      en: toProblem(new CompanionError('INTERNAL'), 'en'),
    };
    expect(readProblem(old, 'ko')).toEqual(old.ko);
  });
});
