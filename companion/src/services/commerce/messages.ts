/** Why one item of a seller's write was refused before any call, in the seller's words. */
import { defineMessages } from '../../messages.ts';

export const COMMERCE_WORK_MESSAGES = defineMessages('commerce-work', {
  notAnOrderId: { ko: '상품주문번호 형식이 아닙니다.', en: 'This is not a product order number.' },
  repeated: { ko: '같은 상품주문번호가 이미 위에 있습니다.', en: 'This product order number is already listed above.' },
  courierUnknown: {
    ko: '택배사 코드 {code}를 알 수 없습니다. 목록에서 택배사를 고르세요.',
    en: 'Courier code {code} is unknown: pick the courier from the list.',
  },
  trackingMissing: { ko: '송장번호를 입력하세요.', en: 'Enter the tracking number.' },
  trackingMalformed: {
    ko: '송장번호는 숫자·영문·하이픈 6~40자여야 합니다.',
    en: 'A tracking number is 6 to 40 digits, letters or hyphens.',
  },
  notAnInquiryId: { ko: '문의 번호 형식이 아닙니다.', en: 'This is not an inquiry number.' },
  rejected: { ko: '네이버 커머스가 이 요청을 거절했습니다.', en: 'Naver Commerce refused this request.' },
  chooseOption: {
    ko: '옵션이 있는 상품입니다. 재고를 바꿀 옵션을 고르세요.',
    en: 'This product has options: choose the option whose stock changes.',
  },
  noOptions: {
    ko: '옵션이 없는 상품입니다. 옵션 없이 수량만 보내세요.',
    en: 'This product has no options: send the quantity alone.',
  },
  optionUnknown: { ko: '이 상품에 옵션 {id}가 없습니다.', en: 'This product has no option {id}.' },
  quantityOutOfRange: { ko: '재고 수량은 0부터 {max}까지입니다.', en: 'A stock quantity is 0 to {max}.' },
  repeatedStock: { ko: '같은 상품(옵션)이 이미 위에 있습니다.', en: 'This product (option) is already listed above.' },
  stockMismatch: {
    ko: '네이버 커머스가 돌려준 재고가 보낸 값과 다릅니다(옵션: {option}). 스마트스토어센터에서 이 상품의 재고를 확인하세요.',
    en: 'The stock Naver Commerce answered differs from what was sent (option: {option}): check this product in the Smart Store Center.',
  },
});
