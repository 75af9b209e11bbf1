/**
 * The sandbox's deterministic Korean data: a keyword universe (over 300 keywords), products and
 * order changes (the figures of each keyword are `figures.ts`). Every value is derived from a hash
 * of its inputs, so the same question always gets the same answer.
 */
import { createHash } from 'node:crypto';
import { MODIFIERS } from './tail.ts';

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

export { MODIFIERS };

function universe(): string[] {
  const words = new Set<string>();
  for (const root of ROOTS) {
    words.add(root);
    for (const modifier of MODIFIERS) if (unit(root, modifier) < 0.5) words.add(`${root}${modifier}`);
  }
  return [...words];
}

export const KEYWORDS: readonly string[] = universe();

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
