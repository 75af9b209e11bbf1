/** What `aigenc commerce` says: its usage, the columns, and each item's outcome of a write in words. */
import { defineMessages } from '../../messages.ts';

export const COMMERCE_CLI_MESSAGES = defineMessages('cli.commerce', {
  usage: {
    ko: `사용법:
  aigenc commerce orders [--stage to-confirm|to-dispatch] [--json]
  aigenc commerce confirm <상품주문번호 ...> [--apply] [--json]
  aigenc commerce dispatch --file <csv: 상품주문번호,택배사,송장번호> [--apply] [--json]
  aigenc commerce inquiries [--answered] [--json]
  aigenc commerce answer <order|product> <문의번호> --text <답변> [--apply] [--json]
  aigenc commerce stock <원상품번호>[:<옵션ID>]=<수량> ... [--apply] [--json]
쓰기는 --apply가 없으면 미리보기(dry run)만 합니다.`,
    en: `Usage:
  aigenc commerce orders [--stage to-confirm|to-dispatch] [--json]
  aigenc commerce confirm <product order id ...> [--apply] [--json]
  aigenc commerce dispatch --file <csv: productOrderId,courier,trackingNumber> [--apply] [--json]
  aigenc commerce inquiries [--answered] [--json]
  aigenc commerce answer <order|product> <inquiry id> --text <answer> [--apply] [--json]
  aigenc commerce stock <originProductNo>[:<optionId>]=<quantity> ... [--apply] [--json]
A write is only a preview (dry run) unless --apply is given.`,
  },
  stage: { ko: '--stage는 to-confirm 또는 to-dispatch입니다.', en: '--stage is to-confirm or to-dispatch.' },
  ids: { ko: '상품주문번호를 1개에서 {max}개까지 주세요.', en: 'Give 1 to {max} product order ids.' },
  file: {
    ko: '--file <csv>가 필요합니다(상품주문번호,택배사,송장번호).',
    en: '--file <csv> is required (productOrderId,courier,trackingNumber).',
  },
  fileUnreadable: { ko: '{file}을(를) 읽을 수 없습니다: {code}', en: 'Cannot read {file}: {code}' },
  fileRows: {
    ko: '{file}에 발송할 줄이 1개에서 {max}개까지 있어야 합니다.',
    en: '{file} must hold 1 to {max} rows to dispatch.',
  },
  answer: {
    ko: '사용법: aigenc commerce answer <order|product> <문의번호> --text <1~{max}자 답변>',
    en: 'Usage: aigenc commerce answer <order|product> <inquiry id> --text <an answer of 1 to {max} characters>.',
  },
  stock: {
    ko: '재고는 <원상품번호>[:<옵션ID>]=<수량> 형식으로 1개에서 {max}개까지 주세요(예: 10482402=20, 10482355:7202=5).',
    en: 'Give 1 to {max} changes written <originProductNo>[:<optionId>]=<quantity> (e.g. 10482402=20 10482355:7202=5).',
  },
  dryRunNote: {
    ko: '미리보기입니다. 아무것도 보내지 않았습니다. 보내려면 같은 명령에 --apply를 붙이세요.',
    en: 'This was a preview: nothing was sent. Add --apply to the same command to send it.',
  },
  none: { ko: '해당하는 항목이 없습니다.', en: 'Nothing to show.' },
  colId: { ko: '상품주문번호', en: 'Product order' },
  colOrdered: { ko: '주문일시', en: 'Ordered' },
  colProduct: { ko: '상품', en: 'Product' },
  colQuantity: { ko: '수량', en: 'Qty' },
  colBuyer: { ko: '구매자', en: 'Buyer' },
  colDue: { ko: '발송기한', en: 'Ship by' },
  colResult: { ko: '결과', en: 'Result' },
  colKind: { ko: '종류', en: 'Kind' },
  colNumber: { ko: '번호', en: 'Number' },
  colQuestion: { ko: '문의', en: 'Question' },
  colOption: { ko: '옵션', en: 'Option' },
  colStock: { ko: '재고', en: 'Stock' },
  kindOrder: { ko: '주문 문의', en: 'Order inquiry' },
  kindProduct: { ko: '상품 문의', en: 'Product Q&A' },
  answeredMark: { ko: '답변함', en: 'answered' },
  productTotal: { ko: '(상품 전체)', en: '(whole product)' },
});

export const OUTCOME_MESSAGES = defineMessages('cli.commerce-outcome', {
  'would-apply': { ko: '보낼 예정', en: 'would send' },
  applied: { ko: '완료', en: 'done' },
  skipped: { ko: '건너뜀', en: 'skipped' },
  failed: { ko: '실패', en: 'failed' },
  ALREADY_CONFIRMED: { ko: '이미 발주 확인된 주문입니다.', en: 'Already confirmed.' },
  ALREADY_DISPATCHED: { ko: '이미 발송 처리된 주문입니다.', en: 'Already dispatched.' },
  NOT_CONFIRMED: { ko: '아직 발주 확인 전입니다. 먼저 발주 확인하세요.', en: 'Not confirmed yet: confirm it first.' },
  NOT_FOUND: { ko: '스토어에서 찾을 수 없습니다.', en: 'Not found in the store.' },
  ALREADY_ANSWERED: { ko: '같은 답변이 이미 등록되어 있습니다.', en: 'The same answer is already there.' },
  ALREADY_AT_QUANTITY: { ko: '이미 그 수량입니다.', en: 'Already at that quantity.' },
  status: { ko: '주문 상태가 {status}입니다.', en: 'The order is {status}.' },
  addressChanged: {
    ko: '구매자가 배송지를 바꿨습니다. 송장 출력 전에 주소를 다시 확인하세요.',
    en: 'The buyer changed the address: check it again before printing the label.',
  },
});
