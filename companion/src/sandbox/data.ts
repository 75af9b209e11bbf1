/**
 * The sandbox's deterministic Korean data: a keyword universe (over 300 keywords) with related
 * keywords, search volumes (some "< 10", most from phones), document counts, products and order changes. Every
 * figure is derived from a hash of its inputs, so the same question always gets the same answer.
 */
import { createHash } from 'node:crypto';

/** A stable number in [0, 1) for any inputs. */
export function unit(...parts: string[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000'), 'utf8').digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000;
}

export function pick<T>(items: readonly T[], ...parts: string[]): T {
  return items[Math.floor(unit(...parts) * items.length)]!;
}

export const ROOTS = [
  '무선이어폰',
  '블루투스이어폰',
  '노이즈캔슬링이어폰',
  '캠핑의자',
  '캠핑텐트',
  '원터치텐트',
  '에어프라이어',
  '로봇청소기',
  '무선청소기',
  '전기포트',
  '가습기',
  '제습기',
  '공기청정기',
  '선풍기',
  '써큘레이터',
  '전기장판',
  '온수매트',
  '노트북',
  '게이밍마우스',
  '기계식키보드',
  '모니터암',
  '빔프로젝터',
  '스마트워치',
  '아이폰케이스',
  '보조배터리',
  '고속충전기',
  '차량용방향제',
  '블랙박스',
  '등산화',
  '러닝화',
  '요가매트',
  '폼롤러',
  '단백질쉐이크',
  '비타민D',
  '오메가3',
  '유산균',
  '콜라겐',
  '선크림',
  '수분크림',
  '클렌징폼',
  '탈모샴푸',
  '바디워시',
  '핸드크림',
  '닭가슴살',
  '밀키트',
  '커피캡슐',
  '원두커피',
  '텀블러',
  '보온병',
  '프라이팬',
  '냄비세트',
  '식기건조대',
  '수납박스',
  '암막커튼',
  '러그',
  '메모리폼베개',
  '강아지사료',
  '고양이모래',
  '캣타워',
  '기저귀',
  '물티슈',
  '유모차',
  '카시트',
  '젖병',
  '킥보드',
  '레고',
  '보드게임',
  '캠핑랜턴',
  '화로대',
  '아이스박스',
  '캠핑테이블',
  '침낭',
  '전동드릴',
  '멀티탭',
  '무선충전기',
  '외장하드',
  '웹캠',
  '헤드셋',
] as const;

export const MODIFIERS = ['추천', '가격', '후기', '순위', '최저가', '인기', '가성비', '선물'] as const;

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

function universe(): string[] {
  const words = new Set<string>();
  for (const root of ROOTS) {
    words.add(root);
    for (const modifier of MODIFIERS) if (unit(root, modifier) < 0.5) words.add(`${root}${modifier}`);
  }
  return [...words];
}

export const KEYWORDS: readonly string[] = universe();

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

/** The long tail thins out as a phrase gets longer: a ten-letter phrase is searched far less than a word. */
function tailScale(keyword: string): number {
  const letters = keyword.replace(/\s+/g, '').length;
  return Math.max(200, Math.round(5_000 * 0.6 ** Math.max(0, letters - 6)));
}

/**
 * A keyword's figures, shaped like a Korean shopping market: most searches come from phones (2 to 8
 * times the PC figure), a click count is its searches times its CTR, and head words outsell roots,
 * which outsell the long tail.
 */
export function figures(keyword: string): KeywordFigures {
  const head = isHead(keyword);
  const isRoot = (ROOTS as readonly string[]).includes(keyword);
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

export interface SandboxProduct {
  productId: number;
  productName: string;
  productPrice: number;
  productImage: string;
  productUrl: string;
  isRocket: boolean;
  isFreeShipping: boolean;
  rank: number;
  keyword: string;
}

const BRANDS = ['에이젠', '한빛', '푸른숲', '모아', '다온', '라온', '스마일', '새벽별'];
const VARIANTS = ['프리미엄', '베이직', '2026년형', '대용량', '미니', '화이트', '블랙', '세트'];

export function products(keyword: string, limit: number, imageOrigin: string): SandboxProduct[] {
  return Array.from({ length: limit }, (_, i) => {
    const id = 1_000_000 + Math.floor(unit(keyword, String(i), 'id') * 8_000_000);
    return {
      productId: id,
      productName: `${pick(BRANDS, keyword, String(i), 'brand')} ${keyword} ${pick(VARIANTS, keyword, String(i), 'variant')}`,
      productPrice: Math.round((5_000 + unit(keyword, String(i), 'price') * 295_000) / 100) * 100,
      productImage: `${imageOrigin}/sandbox/images/${id}.svg`,
      productUrl: `https://link.coupang.com/re/AFFSDP?lptag=AF0000000&pageKey=${id}&itemId=${id + 7}&traceid=SANDBOX`,
      isRocket: unit(keyword, String(i), 'rocket') < 0.6,
      isFreeShipping: unit(keyword, String(i), 'free') < 0.7,
      rank: i + 1,
      keyword,
    };
  });
}

export const ORDER_CHANGE_TYPES = [
  'PAYED',
  'DISPATCHED',
  'PURCHASE_DECIDED',
  'CLAIM_REQUESTED',
  'DELIVERY_ADDRESS_CHANGED',
  'CLAIM_COMPLETED',
  'EXCHANGE_OPTION',
] as const;
const STATUS_OF: Record<string, string> = {
  PAYED: 'PAYED',
  DISPATCHED: 'DELIVERING',
  PURCHASE_DECIDED: 'PURCHASE_DECIDED',
  CLAIM_REQUESTED: 'CANCELED',
  DELIVERY_ADDRESS_CHANGED: 'PAYED',
  CLAIM_COMPLETED: 'RETURNED',
  EXCHANGE_OPTION: 'EXCHANGED',
};

export interface SandboxChange {
  time: number;
  orderId: string;
  productOrderId: string;
  lastChangedType: string;
  productOrderStatus: string;
  receiverAddressChanged: boolean;
}

/** Order changes in [from, to): one every `everyMs`, on a grid so any window sees the same events. */
export function orderChanges(from: number, to: number, everyMs: number): SandboxChange[] {
  const changes: SandboxChange[] = [];
  for (let t = Math.ceil(from / everyMs) * everyMs; t < to; t += everyMs) {
    const type = pick(ORDER_CHANGE_TYPES, String(t), 'type');
    const order = 2026_0000_0000 + Math.floor(unit(String(t), 'order') * 9_999_999);
    changes.push({
      time: t,
      orderId: String(order),
      productOrderId: String(order * 10 + 1),
      lastChangedType: type,
      productOrderStatus: STATUS_OF[type] ?? 'PAYED',
      receiverAddressChanged: type === 'DELIVERY_ADDRESS_CHANGED',
    });
  }
  return changes;
}
