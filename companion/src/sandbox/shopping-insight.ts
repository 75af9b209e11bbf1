/**
 * Naver DataLab Shopping Insight emulator (spec §9.2), on the Naver Search listener beside the
 * search trend: legacy `POST /v1/datalab/shopping/...` (X-Naver-Client-*) and API HUB
 * `POST /shopping/v1/...` (X-NCP-APIGW-API-KEY*; only `/categories` is confirmed on HUB, the other
 * paths follow it by analogy). Emulated: `/categories` (up to three categories, one scale) and the
 * keyword's gender, age and device splits within a category. What the numbers are: shopping clicks,
 * scaled so the largest value in the whole answer is 100, so the groups of one answer compare.
 * Start dates before 2017-08-01 are refused; ages are 10 to 60 (not search trend's 1 to 11). The
 * vendor also answers daily and weekly periods; this emulator answers monthly ones only (the
 * companion asks for nothing else) and says so in a 400.
 * Audiences differ the way real ones do: camping gear is bought mostly by men in their 30s and 40s,
 * dresses mostly by women in their 20s and 30s.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { koreanDay, SHOPPING_TOP_CATEGORIES } from '@aigenc/shared/domain';
import { unit } from './data.ts';
import { figures } from './figures.ts';
import { categorySeason, monthlyShare, profileOf } from './seasons.ts';
import { datalabAccount, naverFail, spendQuota } from './datalab.ts';
import { readBody, sendJson, type SandboxState } from './wire.ts';

export const SHOPPING_PREFIX = { legacy: '/v1/datalab/shopping', apihub: '/shopping/v1' } as const;
export const SHOPPING_AGES = ['10', '20', '30', '40', '50', '60'] as const;

export interface ShoppingAccount {
  clientId: string;
  clientSecret: string;
  /** False for an application without Shopping Insight added. */
  shopping?: boolean;
}

export interface ShoppingEmulatorOptions {
  dailyQuota: number;
  monthlyQuota: number;
}

/** Who buys in a category: the share of women, and the weight of each age group. */
interface Profile {
  women: number;
  ages: readonly number[];
  mobile: number;
}

/** How each top-level category's buyers split (the categories are the shared list, spec §9.2). */
const PROFILES: Readonly<Record<string, Profile>> = {
  '50000000': { women: 0.72, ages: [4, 30, 34, 20, 9, 3], mobile: 0.86 },
  '50000001': { women: 0.66, ages: [6, 28, 32, 22, 9, 3], mobile: 0.85 },
  '50000002': { women: 0.81, ages: [7, 33, 30, 19, 8, 3], mobile: 0.87 },
  '50000003': { women: 0.38, ages: [6, 24, 31, 24, 11, 4], mobile: 0.71 },
  '50000004': { women: 0.63, ages: [2, 17, 38, 28, 11, 4], mobile: 0.78 },
  '50000005': { women: 0.84, ages: [1, 12, 58, 23, 4, 2], mobile: 0.88 },
  '50000006': { women: 0.64, ages: [2, 15, 30, 29, 17, 7], mobile: 0.83 },
  '50000007': { women: 0.36, ages: [4, 18, 33, 30, 12, 3], mobile: 0.79 },
  '50000008': { women: 0.6, ages: [2, 15, 31, 28, 17, 7], mobile: 0.8 },
  '50000009': { women: 0.55, ages: [4, 30, 33, 20, 10, 3], mobile: 0.84 },
  '50000010': { women: 0.62, ages: [2, 31, 36, 20, 9, 2], mobile: 0.8 },
  '50005542': { women: 0.58, ages: [8, 22, 30, 25, 11, 4], mobile: 0.66 },
};
export const TOP_CATEGORIES: ReadonlyArray<{ id: string; profile: Profile }> = SHOPPING_TOP_CATEGORIES.map((c) => ({
  id: c.id,
  profile: PROFILES[c.id]!,
}));

/** Keywords whose buyers differ from their category's, as real ones do. */
const KEYWORD_PROFILES: ReadonlyArray<{ words: RegExp; profile: Profile }> = [
  {
    words: /캠핑|텐트|타프|화로대|침낭|랜턴|아이스박스|코펠|버너|등산/u,
    profile: { women: 0.27, ages: [2, 12, 37, 35, 11, 3], mobile: 0.74 },
  },
  { words: /원피스|드레스|블라우스|스커트/u, profile: { women: 0.93, ages: [5, 41, 33, 14, 5, 2], mobile: 0.9 } },
  { words: /기저귀|젖병|유모차|카시트|분유/u, profile: { women: 0.79, ages: [0, 10, 64, 22, 3, 1], mobile: 0.89 } },
  { words: /게이밍|키보드|마우스|그래픽카드/u, profile: { women: 0.18, ages: [14, 43, 26, 12, 4, 1], mobile: 0.52 } },
];

/** The top-level category the sandbox gives a deeper one (its parent is not in its id). */
function topOf(category: string): (typeof TOP_CATEGORIES)[number] {
  return TOP_CATEGORIES[Math.floor(unit(category, 'top') * TOP_CATEGORIES.length)]!;
}

function buyersOf(category: string, keyword: string | null): Profile {
  // A deeper category's parent is not in its id: a stable one is picked for it.
  const top = TOP_CATEGORIES.find((c) => c.id === category) ?? topOf(category);
  const base = (keyword && KEYWORD_PROFILES.find((p) => p.words.test(keyword))?.profile) || top.profile;
  if (!keyword) return base;
  // Each keyword a little apart from its group's profile.
  const jitter = (what: string, size: number) => (unit(keyword, category, what) - 0.5) * size;
  return {
    women: Math.min(0.97, Math.max(0.03, base.women + jitter('women', 0.08))),
    ages: base.ages.map((w, i) => Math.max(0.2, w * (1 + jitter(`age${i}`, 0.3)))),
    mobile: Math.min(0.97, Math.max(0.3, base.mobile + jitter('mobile', 0.08))),
  };
}

/** A month's clicks for a keyword (or a whole category), before any split: volume and its season. */
function monthly(keyword: string | null, category: string, month: string): number {
  const f = keyword ? figures(keyword.replace(/\s+/g, '')) : null;
  const volume = f
    ? (f.pc === '< 10' ? 5 : f.pc) + (f.mobile === '< 10' ? 5 : f.mobile)
    : 200_000 + unit(category, 'size') * 800_000;
  // A deeper category moves like the top-level one the sandbox gave it.
  const top = TOP_CATEGORIES.find((c) => c.id === category) ?? topOf(category);
  const season = keyword ? profileOf(keyword) : categorySeason(top.id);
  return volume * monthlyShare(keyword ?? category, season, month);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function months(startDate: string, endDate: string, today: string): string[] {
  const last = endDate < today ? endDate : today;
  const out: string[] = [];
  for (let y = Number(startDate.slice(0, 4)), m = Number(startDate.slice(5, 7)); ; m++) {
    if (m > 12) {
      y++;
      m = 1;
    }
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (`${month}-01` > last) break;
    out.push(month);
  }
  return out;
}

export async function shoppingHandler(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  hub: boolean,
  accounts: readonly ShoppingAccount[],
  options: ShoppingEmulatorOptions,
  state: SandboxState,
): Promise<void> {
  const fail = naverFail(res, hub);
  const account = datalabAccount(req, hub, accounts, state, 'shopping', fail);
  if (!account) return;
  if (account.shopping === false) {
    state.count('shopping:no-api');
    return hub
      ? fail(401, '210', 'Permission Denied')
      : fail(403, '024', 'Scope Status Invalid : Authentication failed. (인증에 실패했습니다.)');
  }
  const prefix = hub ? SHOPPING_PREFIX.apihub : SHOPPING_PREFIX.legacy;
  const what = path.slice(prefix.length);
  const split = /^\/category\/keyword\/(gender|age|device)$/.exec(what)?.[1] as 'gender' | 'age' | 'device' | undefined;
  if (what !== '/categories' && !split) return fail(404, '404', 'Not Found');

  let body: Record<string, unknown>;
  try {
    body = JSON.parse(await readBody(req)) as Record<string, unknown>;
  } catch {
    return fail(400, '400', 'Invalid JSON body.');
  }
  const invalid = (field: string) => fail(400, '400', `Invalid parameter: ${field}`);
  const { startDate, endDate, timeUnit } = body;
  if (typeof startDate !== 'string' || !DAY.test(startDate) || startDate < '2017-08-01') return invalid('startDate');
  if (typeof endDate !== 'string' || !DAY.test(endDate) || endDate < startDate) return invalid('endDate');
  if (timeUnit !== 'month')
    return timeUnit === 'date' || timeUnit === 'week'
      ? fail(400, '400', 'the sandbox answers timeUnit month only')
      : invalid('timeUnit');
  const device = body['device'] ?? '';
  const gender = body['gender'] ?? '';
  const ages = body['ages'] ?? [];
  if (!['', 'pc', 'mo'].includes(String(device))) return invalid('device');
  if (!['', 'm', 'f'].includes(String(gender))) return invalid('gender');
  if (!Array.isArray(ages) || ages.some((a) => !(SHOPPING_AGES as readonly unknown[]).includes(a)))
    return invalid('ages');

  // A call is counted against the quota once it is valid.
  const spend = () => spendQuota(state, hub, 'shopping', account.clientId, options, fail);
  const today = koreanDay(state.now());
  const span = months(startDate, endDate, today);
  const period = (month: string) => (`${month}-01` < startDate ? startDate : `${month}-01`);

  if (!split) {
    const categories = body['category'];
    if (
      !Array.isArray(categories) ||
      categories.length < 1 ||
      categories.length > 3 ||
      categories.some(
        (c: { name?: unknown; param?: unknown }) =>
          typeof c?.name !== 'string' ||
          !Array.isArray(c.param) ||
          c.param.length < 1 ||
          c.param.some((p) => typeof p !== 'string' || !/^\d{1,10}$/.test(p)),
      )
    )
      return invalid('category');
    if (!spend()) return;
    state.count('shopping:ok:categories');
    const rows = (categories as Array<{ name: string; param: string[] }>).map((c) => ({
      c,
      values: span.map((m) => c.param.reduce((sum, cid) => sum + monthly(null, cid, m), 0)),
    }));
    const max = Math.max(1, ...rows.flatMap((r) => r.values));
    return sendJson(res, 200, {
      startDate,
      endDate,
      timeUnit,
      results: rows.map(({ c, values }) => ({
        title: c.name,
        category: c.param,
        data: span.map((m, i) => ({ period: period(m), ratio: Math.round((values[i]! / max) * 100_000) / 1_000 })),
      })),
    });
  }

  const category = body['category'];
  const keyword = body['keyword'];
  if (typeof category !== 'string' || !/^\d{1,10}$/.test(category)) return invalid('category');
  if (typeof keyword !== 'string' || !keyword.trim()) return invalid('keyword');
  if (!spend()) return;
  state.count(`shopping:ok:keyword-${split}`);
  const profile = buyersOf(category, keyword);
  const ageTotal = profile.ages.reduce((a, b) => a + b, 0);
  const groups: Array<[string, number]> =
    split === 'gender'
      ? [
          ['f', profile.women],
          ['m', 1 - profile.women],
        ]
      : split === 'device'
        ? [
            ['pc', 1 - profile.mobile],
            ['mo', profile.mobile],
          ]
        : SHOPPING_AGES.map((age, i) => [age, profile.ages[i]! / ageTotal]);
  const cells = span.flatMap((m) =>
    groups.map(([group, share]) => ({ period: period(m), group, value: monthly(keyword, category, m) * share })),
  );
  const max = Math.max(1, ...cells.map((c) => c.value));
  return sendJson(res, 200, {
    startDate,
    endDate,
    timeUnit,
    results: [
      {
        title: keyword,
        keyword: [keyword],
        data: cells
          .filter((c) => c.value > 0)
          .map((c) => ({ period: c.period, group: c.group, ratio: Math.round((c.value / max) * 100_000) / 1_000 })),
      },
    ],
  });
}
