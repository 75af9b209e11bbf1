import { describe, expect, it } from 'vitest';
import { koreanClock, koreanDay, koreanDayBounds, koreanIso, koreanMidnight } from './korean-time.ts';

describe('Korean time', () => {
  // 2026-12-06 15:00 UTC is midnight in Seoul, the 7th.
  const midnight = Date.UTC(2026, 11, 6, 15, 0, 0);

  it('counts days at Korean midnight, whatever the machine’s zone', () => {
    expect(koreanDay(midnight - 1)).toBe('2026-12-06');
    expect(koreanDay(midnight)).toBe('2026-12-07');
    expect(koreanMidnight('2026-12-07')).toBe(midnight);
    expect(koreanDayBounds(midnight + 5_000)).toEqual({
      day: '2026-12-07',
      start: midnight,
      end: midnight + 86_400_000,
    });
    expect(koreanDayBounds(midnight - 1).end).toBe(midnight);
  });

  it('reads the wall clock and writes ISO with +09:00', () => {
    expect(koreanClock(Date.UTC(2026, 11, 6, 3, 30))).toEqual({ year: 2026, month: 12, day: 6, hour: 12, minute: 30 });
    expect(koreanIso(midnight)).toBe('2026-12-07T00:00:00.000+09:00');
    expect(Date.parse(koreanIso(midnight + 123))).toBe(midnight + 123);
  });
});
