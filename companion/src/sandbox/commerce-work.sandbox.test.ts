/**
 * The emulated inquiry, Q&A and product APIs on the demo store (spec §7.3, §7.4, §7.5), called
 * over loopback: each group's own paging and error shape, a second first answer refused with
 * `ERR-NC-101010`, the Q&A answer's 204, and the option-stock trap (an option left out is saved
 * as 0). The multi-update's refusal of a combination product is the emulator's choice (unverified).
 */
import { describe, expect, it } from 'vitest';
import { koreanDay, koreanIso } from '@aigenc/shared/domain';
import { HARNESS_EPOCH, useSandbox } from '../../test/sandbox-harness.ts';
import { vendorCall } from '../../test/commerce-wire.ts';

const harness = useSandbox({ commerce: { perSecond: 100 } });
const call = (method: string, path: string, body?: unknown) => vendorCall(harness(), method, path, body);
const DAY = 24 * 3_600_000;

describe('the emulated customer inquiries (pay-user, pay-merchant)', () => {
  const list = (query: string) => call('GET', `/external/v1/pay-user/inquiries?${query}`);
  const week = `startSearchDate=${koreanDay(HARNESS_EPOCH - 7 * DAY)}&endSearchDate=${koreanDay(HARNESS_EPOCH)}`;

  it('lists a Spring page of the days asked, and refuses a missing date, a year and a day, a size below 10', async () => {
    const page = await list(`${week}&size=10`);
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({ totalElements: 4, first: true, last: true, numberOfElements: 4 });
    expect(page.json.content[0]).toMatchObject({ answered: false, category: '배송' });
    expect(typeof page.json.content[0].productOrderIdList).toBe('string');
    expect((await list(`${week}&answered=false`)).json.totalElements).toBe(3);
    const missing = await list(`startSearchDate=${koreanDay(HARNESS_EPOCH)}`);
    expect(missing).toMatchObject({ status: 400, json: { code: '4001', invalidInputs: [{ name: 'endSearchDate' }] } });
    const long = await list(`startSearchDate=2025-01-01&endSearchDate=2026-01-02`);
    expect(long.json.code).toBe('4003');
    expect((await list(`${week}&size=5`)).json.code).toBe('4005');
  });

  it('answers once with POST; a second POST is ERR-NC-101010 and the edit is a PUT with the answer id', async () => {
    const [first] = (await list(`${week}&answered=false&size=10`)).json.content;
    const path = `/external/v1/pay-merchant/inquiries/${first.inquiryNo}/answer`;
    const answered = await call('POST', path, { answerComment: '금요일 도착 가능하도록 오늘 발송해 드릴게요.' });
    expect(answered.status).toBe(200);
    expect(answered.json.data.inquiryNo).toBe(first.inquiryNo);
    const again = await call('POST', path, { answerComment: '다시' });
    expect(again).toMatchObject({ status: 400, json: { code: 'ERR-NC-101010', data: null } });
    const edited = await call('PUT', `${path}/${answered.json.data.inquiryCommentNo}`, {
      answerComment: '수정된 답변',
    });
    expect(edited.status).toBe(200);
    const now = (await list(`${week}&size=10`)).json.content.find(
      (i: { inquiryNo: number }) => i.inquiryNo === first.inquiryNo,
    );
    expect(now).toMatchObject({ answered: true, answerContent: '수정된 답변' });
    expect((await call('POST', '/external/v1/pay-merchant/inquiries/1/answer', { answerComment: 'x' })).json.code).toBe(
      'ERR-NC-101004',
    );
  });
});

describe('the emulated product Q&A (contents)', () => {
  const range = `fromDate=${encodeURIComponent(koreanIso(HARNESS_EPOCH - 7 * DAY))}&toDate=${encodeURIComponent(koreanIso(HARNESS_EPOCH))}`;

  it('lists and answers with one PUT (204), refusing an empty answer in the contents shape', async () => {
    const page = await call('GET', `/external/v1/contents/qnas?${range}&answered=false`);
    expect(page.json).toMatchObject({ totalElements: 2, page: 1 });
    const id = page.json.contents[0].questionId;
    const empty = await call('PUT', `/external/v1/contents/qnas/${id}`, { commentContent: ' ' });
    expect(empty).toMatchObject({
      status: 400,
      json: { code: 'BAD_REQUEST', invalidInputs: [{ name: 'commentContent', type: 'NotBlank' }] },
    });
    expect(
      (await call('PUT', `/external/v1/contents/qnas/${id}`, { commentContent: '120kg까지 견딥니다.' })).status,
    ).toBe(204);
    expect((await call('GET', `/external/v1/contents/qnas?${range}&answered=false`)).json.totalElements).toBe(1);
    expect((await call('GET', '/external/v1/contents/qnas')).json.invalidInputs[0].name).toBe('fromDate');
  });
});

describe('the emulated products and stock', () => {
  const bottle = 10_482_355;

  it('searches without option stock, and reads the origin product with its combinations', async () => {
    const found = await call('POST', '/external/v1/products/search', { page: 1, size: 50 });
    expect(found.json.totalElements).toBe(6);
    expect(found.json.contents[0].channelProducts[0]).not.toHaveProperty('options');
    const product = await call('GET', `/external/v2/products/origin-products/${bottle}`);
    const options = product.json.originProduct.detailAttribute.optionInfo.optionCombinations;
    expect(options).toHaveLength(4);
    expect(product.json.originProduct.stockQuantity).toBe(
      options.reduce((t: number, o: { stockQuantity: number }) => t + o.stockQuantity, 0),
    );
    expect((await call('POST', '/external/v1/products/search', { size: 501 })).json.invalidInputs[0].name).toBe('size');
  });

  it('saves an option left out of an option-stock write as 0 (the trap), and keeps the total the sum', async () => {
    const before = (await call('GET', `/external/v2/products/origin-products/${bottle}`)).json.originProduct;
    const [first] = before.detailAttribute.optionInfo.optionCombinations;
    const answer = await call('PUT', `/external/v1/products/origin-products/${bottle}/option-stock`, {
      optionInfo: { optionCombinations: [{ id: first.id, stockQuantity: 40, price: first.price, usable: true }] },
    });
    expect(answer.status).toBe(200);
    const after = answer.json.originProduct.detailAttribute.optionInfo.optionCombinations;
    expect(after.map((o: { stockQuantity: number }) => o.stockQuantity)).toEqual([40, 0, 0, 0]);
    expect(after[1].price).toBe(0);
    expect(answer.json.originProduct.stockQuantity).toBe(40);
    expect(harness().stats('commerce')['commerce:option-zeroed']).toBe(3);
  });

  it('changes a product without options through the multi-update, and (emulator choice) refuses a combination product', async () => {
    const table = 10_482_402;
    const ok = await call('PATCH', '/external/v1/products/origin-products/multi-update', {
      multiProductUpdateRequestVos: [{ originProductNo: table, multiUpdateTypes: ['STOCK'], stockQuantity: 25 }],
    });
    expect(ok.status).toBe(200);
    expect((await call('GET', `/external/v2/products/origin-products/${table}`)).json.originProduct.stockQuantity).toBe(
      25,
    );
    const combination = await call('PATCH', '/external/v1/products/origin-products/multi-update', {
      multiProductUpdateRequestVos: [{ originProductNo: bottle, multiUpdateTypes: ['STOCK'], stockQuantity: 5 }],
    });
    expect(combination.json.message).toMatch(/조합형/);
  });
});
