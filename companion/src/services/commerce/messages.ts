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
});
