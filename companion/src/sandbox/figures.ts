/**
 * The sandbox's keyword figures: monthly searches per device, clicks and CTR, competition and ad
 * depth, and document counts, shaped like a Korean shopping market and derived from hashes of
 * the keyword, so the same question always gets the same answer.
 */
import { ROOTS, unit } from './data.ts';
import { TAIL_WHAT, TAIL_WHO } from './tail.ts';

export interface KeywordFigures {
  keyword: string;
  pc: number | '< 10';
  mobile: number | '< 10';
  pcClicks: number;
  mobileClicks: number;
  pcCtr: number;
  mobileCtr: number;
  adDepth: number;
  competition: '낮음' | '중간' | '높음';
}

function volume(keyword: string, scale: number, floor: number): number | '< 10' {
  const u = unit(keyword, 'pc', 'volume');
  if (floor === 0 && u < 0.08) return '< 10';
  // Long tail: log-uniform between 10 and the scale; head keywords start higher up the curve.
  const exponent = floor + (1 - floor) * u;
  return Math.max(10, Math.round(Math.exp(exponent * Math.log(scale)) / 10) * 10);
}

/** A head word: shorter than the roots it begins (`캠핑` of `캠핑의자` and `캠핑텐트`), searched more than any. */
function isHead(keyword: string): boolean {
  return keyword.length >= 2 && ROOTS.some((root) => root !== keyword && root.startsWith(keyword));
}

/**
 * The search a long-tail phrase extends: the phrase less what it asks after (`추천`, `렌탈`) or who
 * it names before (`여자`); null for a phrase that extends nothing known.
 */
function parentOf(keyword: string): string | null {
  for (const what of TAIL_WHAT)
    if (keyword.length >= what.length + 2 && keyword.endsWith(what)) return keyword.slice(0, -what.length);
  for (const who of TAIL_WHO)
    if (who && keyword.length >= who.length + 2 && keyword.startsWith(who)) return keyword.slice(who.length);
  return null;
}

/** A share of the parent's searches: a phrase is searched less than what it extends (1% to 25%). */
function derived(parent: number | '< 10', share: number): number | '< 10' {
  const raw = (parent === '< 10' ? 5 : parent) * share;
  return raw < 10 ? '< 10' : Math.round(raw / 10) * 10;
}

/** The long tail thins out as a phrase gets longer: a ten-letter phrase is searched far less than a word. */
function tailScale(keyword: string): number {
  const letters = keyword.replace(/\s+/g, '').length;
  return Math.max(200, Math.round(5_000 * 0.6 ** Math.max(0, letters - 6)));
}

/** Figures asked for lately: a related list asks for the same hint and its phrases again and again. */
const recent = new Map<string, KeywordFigures>();
const RECENT_MAX = 5_000;

/**
 * A keyword's figures, shaped like a Korean shopping market: most searches come from phones (2 to 8
 * times the PC figure), a click count is its searches times its CTR, and head words outsell roots,
 * which outsell the long tail; a phrase is a share of the search it extends.
 */
export function figures(keyword: string): KeywordFigures {
  let known = recent.get(keyword);
  if (!known) {
    if (recent.size >= RECENT_MAX) recent.clear();
    known = compute(keyword);
    recent.set(keyword, known);
  }
  return known;
}

function compute(keyword: string): KeywordFigures {
  const head = isHead(keyword);
  const isRoot = (ROOTS as readonly string[]).includes(keyword);
  const parent = head || isRoot ? null : parentOf(keyword);
  if (parent) return extending(keyword, figures(parent));
  const pc = head
    ? volume(keyword, 150_000, 0.8)
    : isRoot
      ? volume(keyword, 60_000, 0.55)
      : volume(keyword, tailScale(keyword), 0);
  const ratio = Math.exp(Math.log(2) + unit(keyword, 'mobile-share') * Math.log(4));
  const mobileFromTail = unit(keyword, 'mobile-tail');
  const mobile =
    pc === '< 10'
      ? mobileFromTail < 0.4
        ? ('< 10' as const)
        : Math.round(10 + mobileFromTail * 12) * 10
      : Math.max(10, Math.round((pc * ratio) / 10) * 10);
  return withClicks(keyword, pc, mobile);
}

/** A phrase's figures from those of the search it extends: a share of each device's searches. */
function extending(keyword: string, parent: KeywordFigures): KeywordFigures {
  const share = Math.exp(Math.log(0.01) + unit(keyword, 'share') * Math.log(25));
  const lean = 0.7 + unit(keyword, 'lean') * 0.6;
  return withClicks(keyword, derived(parent.pc, share), derived(parent.mobile, share * lean));
}

/** Clicks are searches times the CTR; competition and ad depth are the keyword's own. */
function withClicks(keyword: string, pc: number | '< 10', mobile: number | '< 10'): KeywordFigures {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  const pcCtr = round(0.2 + unit(keyword, 'pc-ctr') * 2.6, 2);
  const mobileCtr = round(0.3 + unit(keyword, 'mobile-ctr') * 2.2, 2);
  const counted = (v: number | '< 10') => (v === '< 10' ? 5 : v);
  const competitionRoll = unit(keyword, 'competition');
  return {
    keyword,
    pc,
    mobile,
    pcClicks: round((counted(pc) * pcCtr) / 100, 1),
    mobileClicks: round((counted(mobile) * mobileCtr) / 100, 1),
    pcCtr,
    mobileCtr,
    adDepth: Math.round(unit(keyword, 'depth') * 15),
    competition: competitionRoll < 0.3 ? '낮음' : competitionRoll < 0.65 ? '중간' : '높음',
  };
}

/** Which roots belong together, as a shopper's categories do: related keywords stay within one. */
/** A roughly normal number (mean 0, sd 1) for any inputs: three stable uniforms summed. */
function normal(...parts: string[]): number {
  return (unit(...parts, 'n1') + unit(...parts, 'n2') + unit(...parts, 'n3') - 1.5) / 0.5;
}

/**
 * Naver Search totals, in proportion to how much a keyword is searched, as in a real market: blog
 * posts about 2.5 times the monthly searches at the median (head terms more crowded), spread so
 * that roughly one keyword in ten grades gold, one in eight silver, a third bronze; cafés, web and
 * news smaller shares of that.
 */
export function documentTotal(type: string, query: string): number {
  const keyword = query.replace(/\s+/g, '');
  const f = figures(keyword);
  const volume = (v: number | '< 10') => (v === '< 10' ? 5 : v);
  const searches = volume(f.pc) + volume(f.mobile);
  const head = (ROOTS as readonly string[]).includes(keyword) ? 2.5 : 1;
  const blog = searches * head * Math.exp(Math.log(2.5) + 1.3 * normal(keyword, 'docs'));
  const share: Record<string, [number, number]> = {
    blog: [1, 1],
    cafearticle: [0.2, 0.6],
    webkr: [0.03, 0.15],
    news: [0.002, 0.04],
    kin: [0.05, 0.3],
  };
  const [low, high] = share[type] ?? [0.01, 0.1];
  return Math.round(blog * (low + (high - low) * unit(type, keyword, 'docs-share')));
}
