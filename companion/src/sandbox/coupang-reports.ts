/**
 * The Partners reports as the vendor serves them, for one account: clicks per day and subId; one
 * row per order line (orders) and per cancelled line (cancels, dated the day of the cancel); and
 * commission per day and subId, which is the orders of the day minus its cancels. Windows of at
 * most 30 days from 2018-11-01, pages of 1,000 rows from page 0, and a day's figures appear the
 * next day at 15:00 KST. Every figure is a hash of its inputs: the same question, the same answer.
 */
import { unit } from './data.ts';
import { KST_OFFSET_MS, koreanDayBounds } from '@aigenc/shared/domain';

export type ReportKind = 'clicks' | 'orders' | 'cancels' | 'commission';

export interface ReportProfile {
  /** The account's subIds (null: links made without one) and their clicks on an ordinary day. */
  subIds: ReadonlyArray<{ id: string | null; clicksPerDay: number }>;
  /** Orders per click, before the day's own noise. */
  conversion: number;
}

/** A small publisher: a blog, a channel, an Instagram account and a few links without a subId. */
export const DEFAULT_REPORT_PROFILE: ReportProfile = {
  subIds: [
    { id: 'blog', clicksPerDay: 230 },
    { id: 'youtube', clicksPerDay: 140 },
    { id: 'aigencdemo', clicksPerDay: 80 },
    { id: 'insta', clicksPerDay: 45 },
    { id: null, clicksPerDay: 15 },
  ],
  conversion: 0.034,
};

export const PAGE_SIZE = 1000;
const EARLIEST = '20181101';
const DAY_MS = 86_400_000;

/** What was sold, for order rows (names stay inside the companion, as the vendor's would). */
const CATALOGUE: ReadonlyArray<{ category: string; name: string; price: number; rate: number }> = [
  { category: '가전디지털', name: '무선 블루투스 이어폰 노이즈캔슬링', price: 39_900, rate: 3 },
  { category: '가전디지털', name: '스마트 로봇청소기 물걸레 겸용', price: 289_000, rate: 3 },
  { category: '주방용품', name: '대용량 에어프라이어 6L', price: 79_900, rate: 3 },
  { category: '스포츠/레저', name: '초경량 캠핑의자 릴렉스체어', price: 32_900, rate: 3 },
  { category: '스포츠/레저', name: '원터치 텐트 4인용', price: 89_000, rate: 3 },
  { category: '생활용품', name: '3겹 천연펄프 롤화장지 30롤', price: 15_600, rate: 3 },
  { category: '식품', name: '국산 햇곡 현미 10kg', price: 34_900, rate: 3 },
  { category: '뷰티', name: '수분 진정 크림 100ml', price: 18_900, rate: 3 },
  { category: '출산/유아동', name: '유아 물티슈 캡형 100매 10팩', price: 21_900, rate: 3 },
  { category: '패션의류', name: '남녀공용 경량 패딩 조끼', price: 29_900, rate: 3 },
  { category: '도서', name: '초등 수학 문제집 세트', price: 27_000, rate: 3 },
  { category: '반려동물용품', name: '고양이 두부모래 7L 3개', price: 24_900, rate: 3 },
];

/** The product names order rows carry: what a privacy test looks for in the companion's answers and files. */
export const REPORT_PRODUCT_NAMES: readonly string[] = CATALOGUE.map((item) => item.name);

/** Shopping in Korea: more on Sundays and Mondays, a Black Friday November, a quiet February. */
const WEEKDAY = [1.12, 1.06, 1.0, 0.98, 0.96, 0.88, 0.9];
const MONTH = [1.05, 0.9, 0.95, 0.97, 1.02, 0.98, 1.0, 1.0, 1.03, 1.05, 1.22, 1.15];

function dayMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
}
function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

export function isReportDate(text: string): boolean {
  return /^\d{8}$/.test(text) && dateOf(dayMs(text)) === text;
}

/** The days whose figures are out at `now`: up to yesterday once it is 15:00 KST today. */
export function lastPublished(now: number): string {
  const { start } = koreanDayBounds(now);
  // The Korean day as a UTC midnight, for this file's yyyymmdd arithmetic.
  const today = start + KST_OFFSET_MS;
  const ready = now - start >= 15 * 3_600_000;
  return dateOf(today - (ready ? 1 : 2) * DAY_MS);
}

interface Order {
  orderDate: string;
  subId: string | null;
  orderId: number;
  item: (typeof CATALOGUE)[number];
  quantity: number;
  gmv: number;
  commission: number;
}

function clicksOn(seed: string, date: string, subId: string | null, perDay: number): number {
  const ms = dayMs(date);
  const day = new Date(ms);
  // Slow growth from 2019 on, so years back look smaller.
  const years = (ms - Date.UTC(2019, 0, 1)) / (365 * DAY_MS);
  const growth = Math.max(0.15, 1 + 0.18 * years) / (1 + 0.18 * 7.9);
  const noise = 0.8 + 0.4 * unit(seed, date, String(subId), 'clicks');
  return Math.round(perDay * growth * WEEKDAY[day.getUTCDay()]! * MONTH[day.getUTCMonth()]! * noise);
}

function ordersOn(seed: string, profile: ReportProfile, date: string): Order[] {
  const orders: Order[] = [];
  for (const { id, clicksPerDay } of profile.subIds) {
    const clicks = clicksOn(seed, date, id, clicksPerDay);
    const rate = profile.conversion * (0.7 + 0.6 * unit(seed, date, String(id), 'conversion'));
    const count = Math.floor(clicks * rate + unit(seed, date, String(id), 'round'));
    for (let i = 0; i < count; i++) {
      const parts = [seed, date, String(id), String(i)];
      const item = CATALOGUE[Math.floor(unit(...parts, 'item') * CATALOGUE.length)]!;
      const roll = unit(...parts, 'quantity');
      const quantity = roll < 0.86 ? 1 : roll < 0.97 ? 2 : 3;
      const gmv = item.price * quantity;
      orders.push({
        orderDate: date,
        subId: id,
        orderId: 10_000_000_000_000 + Math.floor(unit(...parts, 'id') * 89_999_999_999_999),
        item,
        quantity,
        gmv,
        commission: Math.floor((gmv * item.rate) / 100),
      });
    }
  }
  return orders;
}

/** Orders cancelled on `date`: 6% of orders, one to three days after they were placed. */
function cancelsOn(seed: string, profile: ReportProfile, date: string): Order[] {
  const cancelled: Order[] = [];
  for (let back = 1; back <= 3; back++) {
    const orderDate = dateOf(dayMs(date) - back * DAY_MS);
    for (const order of ordersOn(seed, profile, orderDate)) {
      const parts = [seed, String(order.orderId), 'cancel'];
      if (unit(...parts) < 0.06 && 1 + Math.floor(unit(...parts, 'after') * 3) === back) cancelled.push(order);
    }
  }
  return cancelled;
}

export interface ReportQuery {
  kind: ReportKind;
  startDate: string;
  endDate: string;
  subId: string | null;
  page: number;
}

/** How the rows are written: as documented, or with the names and types some clients report. */
export type ReportStyle = 'documented' | 'variant';

/** All rows of a report over a window (already checked), in date order, or null when it is refused. */
export function reportRows(
  seed: string,
  profile: ReportProfile,
  query: ReportQuery,
  now: number,
  style: ReportStyle,
): Array<Record<string, unknown>> {
  const trackingCode = `AF${String(Math.floor(unit(seed, 'tracking') * 9_000_000) + 1_000_000)}`;
  const last = [query.endDate, lastPublished(now)].sort()[0]!;
  const rows: Array<Record<string, unknown>> = [];
  const variant = style === 'variant';
  const num = (n: number) => (variant ? n.toLocaleString('en-US') : n);
  const sub = (id: string | null) => (variant ? { subid: id ?? '' } : { subId: id });
  for (let ms = dayMs(query.startDate); ms <= dayMs(last); ms += DAY_MS) {
    const date = dateOf(ms);
    const keep = (id: string | null) => query.subId === null || id === query.subId;
    if (query.kind === 'clicks') {
      for (const { id, clicksPerDay } of profile.subIds) {
        const clicks = clicksOn(seed, date, id, clicksPerDay);
        if (clicks > 0 && keep(id))
          rows.push({ date, trackingCode, ...sub(id), ...(variant ? { clicks: num(clicks) } : { click: clicks }) });
      }
      continue;
    }
    const orders = ordersOn(seed, profile, date).filter((o) => keep(o.subId));
    const cancels = cancelsOn(seed, profile, date).filter((o) => keep(o.subId));
    if (query.kind === 'orders' || query.kind === 'cancels') {
      for (const o of query.kind === 'orders' ? orders : cancels) {
        rows.push({
          ...(query.kind === 'cancels' ? { orderDate: o.orderDate } : {}),
          date,
          trackingCode,
          ...sub(o.subId),
          addtag: '400',
          ctag: 'Home',
          orderId: o.orderId,
          productId: 1_000_000 + Math.floor(unit(o.item.name) * 8_000_000),
          productName: o.item.name,
          quantity: o.quantity,
          gmv: num(o.gmv),
          commissionRate: o.item.rate,
          commission: num(o.commission),
          categoryName: o.item.category,
        });
      }
      continue;
    }
    for (const { id, clicksPerDay } of profile.subIds) {
      if (!keep(id)) continue;
      const mine = orders.filter((o) => o.subId === id);
      const undone = cancels.filter((o) => o.subId === id);
      const click = clicksOn(seed, date, id, clicksPerDay);
      if (click === 0 && mine.length === 0 && undone.length === 0) continue;
      const sum = (list: Order[], key: 'gmv' | 'commission') => list.reduce((s, o) => s + o[key], 0);
      rows.push({
        date,
        trackingCode,
        ...sub(id),
        commission: num(sum(mine, 'commission') - sum(undone, 'commission')),
        click: num(click),
        // Some answers are reported without the counts: the companion must then ask orders and cancels.
        ...(variant ? {} : { order: mine.length, cancel: undone.length }),
        gmv: num(sum(mine, 'gmv') - sum(undone, 'gmv')),
      });
    }
  }
  return rows;
}

/** Why a report query is refused, in the vendor's manner, or null when it is fine. */
export function reportRefusal(startDate: string, endDate: string, page: number): string | null {
  if (!isReportDate(startDate) || !isReportDate(endDate)) return 'startDate and endDate must be yyyyMMdd.';
  if (startDate < EARLIEST) return `startDate must be ${EARLIEST} or later.`;
  if (endDate < startDate) return 'endDate must not be before startDate.';
  if ((dayMs(endDate) - dayMs(startDate)) / DAY_MS + 1 > 30) return 'The period must be 30 days or less.';
  if (!Number.isInteger(page) || page < 0) return 'page must be 0 or more.';
  return null;
}
