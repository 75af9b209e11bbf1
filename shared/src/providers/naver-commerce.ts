/** Naver Commerce (Smart Store): read-only first, write capabilities one at a time after a probe. */
import * as z from 'zod/mini';
import { Id, Secret } from './fields.ts';
import { PROVIDER_NAMES } from './names.ts';
import type { ProviderSpec } from './types.ts';

const write = (ko: string, en: string) =>
  ({ label: { ko, en }, kind: 'write', defaultEnabled: false, probe: 'order-probe' }) as const;

export const NAVER_COMMERCE = {
  id: 'naver-commerce',
  ...PROVIDER_NAMES['naver-commerce'],
  origins: { default: 'https://api.commerce.naver.com' },
  baseUrlVariable: 'NAVER_COMMERCE_BASE_URL',
  credentials: z.pipe(
    z
      .strictObject({
        clientId: Id,
        clientSecret: Secret,
        tokenType: z.optional(z.enum(['SELF', 'SELLER'])),
        // An empty field on the setup page is no account id.
        accountId: z.optional(
          z.pipe(
            z.string().check(z.trim(), z.maxLength(200, 'at most 200 characters')),
            z.transform((id) => id || undefined),
          ),
        ),
      })
      .check(
        // The contract: an account id alone means a SELLER token; a SELF token with an account id is a
        // contradiction the person must resolve, never an id dropped in silence.
        z.superRefine((c, ctx) => {
          if (c.tokenType === 'SELLER' && !c.accountId)
            ctx.addIssue({
              code: 'custom',
              message: 'a SELLER token needs the seller account id',
              path: ['accountId'],
            });
          if (c.tokenType === 'SELF' && c.accountId)
            ctx.addIssue({
              code: 'custom',
              message: 'a SELF token has no seller account id: remove the account id, or choose the SELLER token type',
              path: ['tokenType'],
            });
        }),
      ),
    // (SELLER without an id was refused above, so no id here means SELF.)
    z.transform(({ accountId, ...rest }) =>
      accountId ? { ...rest, tokenType: 'SELLER' as const, accountId } : { ...rest, tokenType: 'SELF' as const },
    ),
  ),
  fields: [
    {
      name: 'clientId',
      label: { ko: 'Client ID', en: 'Client ID' },
      secret: false,
      required: true,
      env: 'NAVER_COMMERCE_CLIENT_ID',
    },
    {
      name: 'clientSecret',
      label: { ko: 'Client Secret', en: 'Client Secret' },
      secret: true,
      required: true,
      env: 'NAVER_COMMERCE_CLIENT_SECRET',
    },
    {
      name: 'tokenType',
      label: { ko: '토큰 종류', en: 'Token type' },
      secret: false,
      required: true,
      env: 'NAVER_COMMERCE_TOKEN_TYPE',
      options: [
        { value: 'SELF', label: { ko: 'SELF (내 스토어)', en: 'SELF (my store)' } },
        { value: 'SELLER', label: { ko: 'SELLER (판매자 계정 지정)', en: 'SELLER (a seller account)' } },
      ],
    },
    {
      name: 'accountId',
      label: { ko: '판매자 계정 ID (SELLER일 때)', en: 'Seller account id (for SELLER)' },
      secret: false,
      required: false,
      env: 'NAVER_COMMERCE_ACCOUNT_ID',
    },
  ],
  keys: {
    page: 'https://apicenter.commerce.naver.com/ko/basic/main',
    steps: {
      ko: '커머스API센터 → 애플리케이션 → 내 스토어 애플리케이션에서 애플리케이션을 등록한 뒤 Client ID와 Client Secret을 확인하세요. 처음에는 읽기 전용으로만 연결됩니다.',
      en: 'Commerce API Center → Applications → My store applications: register one, then copy its Client ID and Client Secret. It connects read-only at first.',
    },
  },
  capabilities: {
    orderChanges: {
      label: { ko: '주문 변경 조회', en: 'Order changes' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'key-check',
    },
    orderConfirmation: write('발주 확인', 'Order confirmation'),
    shippingInvoice: write('송장 입력', 'Shipping invoices'),
    csAnswers: write('문의 답변', 'Customer answers'),
    stockSync: write('재고 동기화', 'Stock sync'),
  },
  budgets: [
    {
      id: 'calls-per-second',
      what: { ko: '애플리케이션당 초당 호출', en: 'calls a second per application' },
      limit: 2,
      per: 'second',
    },
  ],
} as const satisfies ProviderSpec<'naver-commerce'>;
