/**
 * The demo Smart Store: a small camping-goods shop with a dozen product orders in every stage,
 * products with and without options, customer inquiries and product Q&A in natural Korean. Its
 * times are relative to the sandbox clock when the store is made (and made again on reset), so
 * the orders waiting for confirmation are always from the last day or two.
 */
import { koreanDay } from '@aigenc/shared/domain';
import { inquiries, qnas } from './commerce-questions.ts';
import type { DemoOption, DemoOrder, DemoProduct, DemoStore } from './commerce-types.ts';

export type {
  DemoDelivery,
  DemoInquiry,
  DemoOption,
  DemoOrder,
  DemoProduct,
  DemoQna,
  DemoStore,
} from './commerce-types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function combination(first: number, names: [string, string?][], stock: number[], price = 0): DemoOption[] {
  return names.map(([optionName1, optionName2], i) => ({
    id: first + i,
    optionName1,
    ...(optionName2 ? { optionName2 } : {}),
    stockQuantity: stock[i] ?? 0,
    price: i === 0 ? 0 : price,
    usable: true,
  }));
}

function products(): DemoProduct[] {
  const chairs = combination(7_101, [['카키'], ['블랙'], ['베이지'], ['올리브']], [12, 5, 0, 8], 0);
  const bottles = combination(
    7_201,
    [
      ['실버', '500ml'],
      ['실버', '750ml'],
      ['매트블랙', '500ml'],
      ['매트블랙', '750ml'],
    ],
    [30, 14, 22, 9],
    3_000,
  );
  const mats = combination(7_301, [['싱글 (190×65)'], ['더블 (190×130)']], [6, 3], 24_000);
  const sum = (options: DemoOption[]) => options.reduce((total, o) => total + o.stockQuantity, 0);
  return [
    {
      originProductNo: 10_482_311,
      channelProductNo: 8_841_203_117,
      name: '경량 캠핑 릴렉스 체어 접이식 로우체어',
      statusType: 'SALE',
      salePrice: 39_900,
      stockQuantity: sum(chairs),
      options: chairs,
      sellerManagementCode: 'CH-RELAX-01',
    },
    {
      originProductNo: 10_482_355,
      channelProductNo: 8_841_203_562,
      name: '스테인리스 진공 보온병 텀블러',
      statusType: 'SALE',
      salePrice: 18_900,
      stockQuantity: sum(bottles),
      options: bottles,
      sellerManagementCode: 'BT-VAC',
    },
    {
      originProductNo: 10_482_402,
      channelProductNo: 8_841_204_020,
      name: '알루미늄 접이식 캠핑 테이블 롤테이블',
      statusType: 'SALE',
      salePrice: 32_000,
      stockQuantity: 17,
      options: [],
      sellerManagementCode: 'TB-ROLL',
    },
    {
      originProductNo: 10_482_417,
      channelProductNo: 8_841_204_171,
      name: '충전식 감성 LED 캠핑 랜턴',
      statusType: 'SALE',
      salePrice: 24_500,
      stockQuantity: 41,
      options: [],
      sellerManagementCode: 'LT-LED-2',
    },
    {
      originProductNo: 10_482_430,
      channelProductNo: 8_841_204_305,
      name: '차박 자충식 캠핑 매트 5cm',
      statusType: 'SALE',
      salePrice: 59_000,
      stockQuantity: sum(mats),
      options: mats,
      sellerManagementCode: 'MT-SELF-5',
    },
    {
      originProductNo: 10_482_466,
      channelProductNo: 8_841_204_661,
      name: '스테인리스 캠핑 머그컵 4P 세트',
      statusType: 'OUTOFSTOCK',
      salePrice: 15_900,
      stockQuantity: 0,
      options: [],
      sellerManagementCode: 'MG-4P',
    },
  ];
}

const BUYERS = [
  '김민수',
  '이서연',
  '박지훈',
  '최유진',
  '정하늘',
  '강도윤',
  '조은서',
  '윤서준',
  '장예린',
  '임현우',
  '한지민',
  '오세영',
];

/** A product order id as the vendor writes it: the order day and a serial. */
function orderIds(day: number, serial: number): { orderId: string; productOrderId: string } {
  const date = koreanDay(day).replaceAll('-', '');
  const orderId = `${date}${String(1_000_000 + serial * 37).slice(-7)}`;
  return { orderId, productOrderId: `${orderId.slice(0, 8)}${String(2_000_000 + serial * 41).slice(-8)}` };
}

function orders(now: number, extra: number): DemoOrder[] {
  // [hours ago, product index, option index or -1, quantity, stage]
  const plan: [number, number, number, number, 'confirm' | 'dispatch' | 'delivering' | 'delivered' | 'canceled'][] = [
    [2, 0, 0, 1, 'confirm'],
    [5, 1, 2, 2, 'confirm'],
    [9, 2, -1, 1, 'confirm'],
    [20, 3, -1, 3, 'confirm'],
    [27, 4, 1, 1, 'confirm'],
    [30, 0, 3, 2, 'dispatch'],
    [34, 1, 0, 1, 'dispatch'],
    [40, 3, -1, 1, 'dispatch'],
    [47, 2, -1, 2, 'dispatch'],
    [60, 0, 1, 1, 'delivering'],
    [76, 4, 0, 1, 'delivered'],
    [90, 1, 3, 1, 'canceled'],
  ];
  // More waiting orders when asked (a long confirm): spread over the last day, products in turn.
  for (let i = 0; i < extra; i++)
    plan.push([1 + ((i * 7) % 22), i % 6, i % 6 === 2 || i % 6 === 3 || i % 6 === 5 ? -1 : 0, 1, 'confirm']);
  const catalogue = products();
  return plan.map(([hoursAgo, productIndex, optionIndex, quantity, stage], serial) => {
    const product = catalogue[productIndex]!;
    const orderDate = now - hoursAgo * HOUR;
    const ids = orderIds(orderDate, serial + 1);
    const option = optionIndex >= 0 ? product.options[optionIndex] : undefined;
    const confirmed = stage !== 'confirm' && stage !== 'canceled';
    const sent = stage === 'delivering' || stage === 'delivered';
    return {
      ...ids,
      orderDate,
      paymentDate: orderDate + 60_000,
      buyerName: BUYERS[serial % BUYERS.length]!,
      originProductNo: product.originProductNo,
      ...(option ? { optionId: option.id } : {}),
      quantity,
      productOrderStatus:
        stage === 'canceled'
          ? 'CANCELED'
          : stage === 'delivering'
            ? 'DELIVERING'
            : stage === 'delivered'
              ? 'DELIVERED'
              : 'PAYED',
      placeOrderStatus: stage === 'canceled' ? 'CANCEL' : confirmed ? 'OK' : 'NOT_YET',
      ...(confirmed ? { placeOrderDate: orderDate + 3 * HOUR } : {}),
      shippingDueDate: orderDate + 2 * DAY,
      // One buyer changed the address after paying: the confirm answer says so.
      receiverAddressChanged: serial === 1,
      ...(sent
        ? {
            delivery: {
              deliveryMethod: 'DELIVERY',
              deliveryCompany: 'CJGLS',
              trackingNumber: `5${String(641_200_000_000 + serial * 7_919)}`,
              sendDate: orderDate + DAY,
            },
          }
        : {}),
    };
  });
}

export function demoStore(now: number, extraWaitingOrders = 0): DemoStore {
  const catalogue = products();
  const list = orders(now, extraWaitingOrders);
  const used = new Set(list.flatMap((o) => (o.delivery ? [o.delivery.trackingNumber] : [])));
  return {
    products: catalogue,
    orders: list,
    inquiries: inquiries(now, list, catalogue),
    qnas: qnas(now, catalogue),
    usedTracking: used,
    nextCommentNo: 910_000_001,
  };
}
