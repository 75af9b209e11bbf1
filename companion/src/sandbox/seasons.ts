/**
 * The shape of the sandbox's searches over time, as a real market's: camping peaks in spring and
 * autumn, padding and heaters in winter, fans and sunscreen in summer, gifts before the holidays,
 * staples steady; each keyword also grows or fades a little year on year, office keywords are
 * searched on weekdays, leisure on weekends, and every day has some noise. Only the shape matters:
 * DataLab answers ratios, and the estimate scales them to Search Ad's own 30-day count.
 */
import { unit } from './data.ts';

type Profile = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

const PROFILES = {
  // Jan … Dec
  outdoor: [0.45, 0.5, 0.9, 1.5, 1.8, 1.3, 1.0, 1.0, 1.4, 1.7, 0.8, 0.45],
  winter: [1.9, 1.3, 0.6, 0.35, 0.3, 0.3, 0.3, 0.35, 0.6, 1.3, 2.1, 2.4],
  summer: [0.35, 0.4, 0.6, 0.9, 1.4, 2.0, 2.4, 2.1, 1.0, 0.5, 0.35, 0.3],
  gifts: [0.9, 1.0, 0.8, 0.8, 1.2, 0.8, 0.8, 0.8, 1.1, 0.9, 1.3, 2.0],
  school: [1.0, 1.6, 1.5, 0.9, 0.8, 0.8, 0.9, 1.2, 0.9, 0.8, 0.8, 1.0],
  steady: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
} as const satisfies Record<string, Profile>;

const SEASON_OF: ReadonlyArray<[RegExp, keyof typeof PROFILES]> = [
  [/캠핑|텐트|화로대|아이스박스|침낭|랜턴|등산화/, 'outdoor'],
  [/전기장판|온수매트|가습기|핸드크림|보온병/, 'winter'],
  [/선풍기|써큘레이터|제습기|선크림|러닝화/, 'summer'],
  [/선물|텀블러|레고|보드게임|스마트워치/, 'gifts'],
  [/노트북|기계식키보드|게이밍마우스|웹캠|헤드셋|모니터암/, 'school'],
];

export function profileOf(keyword: string): Profile {
  return PROFILES[SEASON_OF.find(([pattern]) => pattern.test(keyword))?.[1] ?? 'steady'];
}

/**
 * How Naver Shopping's top-level categories move through a year, softer than single keywords:
 * clothing and accessories in autumn, digital at the November sales and the new school year, food
 * before Chuseok and the Lunar New Year, leisure and duty free in the summer holidays, books when
 * school starts.
 */
const CATEGORY_SEASONS: Readonly<Record<string, Profile>> = {
  '50000000': [0.95, 0.85, 1.1, 1.05, 0.95, 0.85, 0.8, 0.85, 1.05, 1.2, 1.3, 1.15],
  '50000001': [1.0, 0.9, 1.05, 1.0, 1.0, 0.9, 0.85, 0.9, 1.0, 1.1, 1.25, 1.3],
  '50000002': [0.95, 0.95, 1.05, 1.0, 1.05, 1.0, 1.0, 0.95, 0.95, 1.0, 1.1, 1.15],
  '50000003': [0.95, 1.1, 1.1, 0.95, 0.95, 0.95, 1.05, 1.0, 0.95, 1.0, 1.3, 1.15],
  '50000004': [0.9, 1.0, 1.2, 1.1, 1.0, 0.9, 0.85, 0.9, 1.05, 1.05, 1.05, 1.0],
  '50000005': [1.0, 1.0, 1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05],
  '50000006': [1.2, 1.05, 0.9, 0.9, 0.95, 0.95, 1.0, 1.05, 1.3, 0.95, 1.0, 1.15],
  '50000007': [0.7, 0.75, 1.0, 1.25, 1.3, 1.15, 1.1, 1.05, 1.15, 1.2, 0.9, 0.75],
  '50000008': [1.1, 1.0, 1.0, 0.95, 0.95, 0.95, 1.0, 1.0, 1.0, 1.0, 1.05, 1.1],
  '50000009': [0.9, 0.85, 0.9, 1.0, 1.1, 1.2, 1.35, 1.3, 1.0, 1.0, 0.85, 0.9],
  '50000010': [0.9, 0.9, 0.95, 1.0, 1.05, 1.0, 1.2, 1.15, 0.95, 1.0, 0.9, 1.0],
  '50005542': [1.2, 1.3, 1.2, 0.95, 0.9, 0.85, 1.0, 1.0, 0.9, 0.9, 0.9, 1.05],
};

/** A top-level category's year (steady for one the sandbox does not know). */
export function categorySeason(category: string): Profile {
  return CATEGORY_SEASONS[category] ?? PROFILES.steady;
}

/**
 * Relative shopping clicks of a keyword or a category in a month (`yyyy-mm`): its season, its
 * growth (half a keyword's, a category being many keywords) and a little noise.
 */
export function monthlyShare(key: string, season: Profile, month: string): number {
  const ms = Date.parse(`${month}-15T00:00:00Z`);
  const years = (ms - EPOCH) / (365.25 * DAY_MS);
  const trend = (1 + growth(key) / 2) ** years;
  return season[Number(month.slice(5, 7)) - 1]! * trend * (0.96 + unit(key, month, 'noise') * 0.08);
}

/** A keyword's yearly growth: most between −15 % and +25 %, a few sharper. */
function growth(keyword: string): number {
  const u = unit(keyword, 'growth');
  return u < 0.1 ? -0.35 : u > 0.92 ? 0.6 : -0.15 + u * 0.45;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.parse('2026-01-01T00:00:00Z');

/** Relative searches of a keyword on a Korean day (`yyyy-mm-dd`) from one device. */
export function dailyShare(keyword: string, device: 'pc' | 'mo', date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const month = new Date(ms).getUTCMonth();
  const season = profileOf(keyword)[month]!;
  const years = (ms - EPOCH) / (365.25 * DAY_MS);
  const trend = (1 + growth(keyword)) ** years;
  const weekday = new Date(ms).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  // PC is searched at work; phones more at the weekend.
  const week = device === 'pc' ? (weekend ? 0.6 : 1.1) : weekend ? 1.15 : 0.95;
  const noise = 0.9 + unit(keyword, device, date) * 0.2;
  return season * trend * week * noise;
}
