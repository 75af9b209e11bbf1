/** The demo store's customer inquiries and product Q&A, in natural Korean (spec §7.3). */
import type { DemoInquiry, DemoOrder, DemoProduct, DemoQna } from './commerce-types.ts';

const HOUR = 3_600_000;

export function inquiries(now: number, list: DemoOrder[], catalogue: DemoProduct[]): DemoInquiry[] {
  const about = (i: number) => {
    const order = list[i]!;
    const product = catalogue.find((p) => p.originProductNo === order.originProductNo)!;
    return {
      orderId: order.orderId,
      productOrderIds: [order.productOrderId],
      productName: product.name,
      customerName: order.buyerName,
    };
  };
  return [
    {
      inquiryNo: 601_120_331,
      category: '배송',
      title: '오늘 주문하면 언제 받을 수 있나요?',
      inquiryContent: '주말에 캠핑을 가는데 금요일까지 받을 수 있을까요? 가능하면 빨리 보내주세요.',
      createdAt: now - 3 * HOUR,
      ...about(0),
    },
    {
      inquiryNo: 601_120_348,
      category: '교환',
      title: '색상 교환 문의',
      inquiryContent: '매트블랙 500ml를 주문했는데 실버로 바꿀 수 있을까요? 아직 발송 전이면 바꿔주세요.',
      createdAt: now - 6 * HOUR,
      ...about(1),
    },
    {
      inquiryNo: 601_119_902,
      category: '상품',
      title: '테이블 상판 재질',
      inquiryContent: '상판이 알루미늄인가요? 뜨거운 냄비를 바로 올려도 괜찮은지 궁금합니다.',
      createdAt: now - 30 * HOUR,
      ...about(8),
      answer: {
        answerContentId: 88_410_021,
        content: '네, 상판은 알루미늄 합금입니다. 뜨거운 냄비는 냄비 받침을 쓰시길 권해드려요.',
        at: now - 26 * HOUR,
      },
    },
    {
      inquiryNo: 601_118_777,
      category: '배송',
      title: '송장번호가 조회되지 않아요',
      inquiryContent: '어제 발송됐다고 나오는데 택배사 조회가 안 됩니다. 확인 부탁드려요.',
      createdAt: now - 50 * HOUR,
      ...about(9),
    },
  ];
}

export function qnas(now: number, catalogue: DemoProduct[]): DemoQna[] {
  const product = (i: number) => ({ productId: catalogue[i]!.channelProductNo, productName: catalogue[i]!.name });
  return [
    {
      questionId: 330_201_455,
      ...product(0),
      question: '최대 하중이 몇 kg인가요? 성인 남자가 앉아도 튼튼한가요?',
      maskedWriterId: 'camp****',
      createDate: now - 4 * HOUR,
    },
    {
      questionId: 330_201_398,
      ...product(4),
      question: '더블 사이즈 두 개를 연결할 수 있나요?',
      maskedWriterId: 'hana**',
      createDate: now - 20 * HOUR,
    },
    {
      questionId: 330_200_870,
      ...product(3),
      question: '완충하면 몇 시간 정도 켜져 있나요?',
      maskedWriterId: 'night***',
      createDate: now - 70 * HOUR,
      answer: '가장 밝은 단계에서 약 6시간, 은은한 단계에서 20시간 정도 사용하실 수 있어요.',
    },
  ];
}
