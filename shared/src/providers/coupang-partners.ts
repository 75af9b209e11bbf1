/** Coupang Partners: deeplinks, product search and the earnings reports. */
import * as z from 'zod/mini';
import { Id, Secret } from './fields.ts';
import { PROVIDER_NAMES } from './names.ts';
import type { ProviderSpec } from './types.ts';

export const COUPANG_PARTNERS = {
  id: 'coupang-partners',
  ...PROVIDER_NAMES['coupang-partners'],
  origins: { default: 'https://api-gateway.coupang.com' },
  baseUrlVariable: 'COUPANG_PARTNERS_BASE_URL',
  credentials: z.strictObject({
    accessKey: Id,
    secretKey: Secret,
    subId: z.pipe(
      z.optional(z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{0,64}$/, 'letters, digits, "_" and "-" only'))),
      z.transform((s) => s || undefined),
    ),
  }),
  fields: [
    {
      name: 'accessKey',
      label: { ko: 'Access Key', en: 'Access Key' },
      secret: true,
      required: true,
      env: 'COUPANG_PARTNERS_ACCESS_KEY',
    },
    {
      name: 'secretKey',
      label: { ko: '비밀키 (Secret Key)', en: 'Secret key' },
      secret: true,
      required: true,
      env: 'COUPANG_PARTNERS_SECRET_KEY',
    },
    {
      name: 'subId',
      label: { ko: '기본 subId (선택)', en: 'Default subId (optional)' },
      secret: false,
      required: false,
      env: 'COUPANG_PARTNERS_SUB_ID',
    },
  ],
  keys: {
    page: 'https://partners.coupang.com/',
    steps: {
      ko: '쿠팡 파트너스 → Tools → 파트너스 API에서 Access Key와 Secret Key를 확인하세요.',
      en: 'Coupang Partners → Tools → Partners API: the Access Key and the Secret Key.',
    },
  },
  capabilities: {
    deeplinks: {
      label: { ko: '파트너스 링크', en: 'Partners links' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'key-check',
    },
    productSearch: {
      label: { ko: '상품 검색', en: 'Product search' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'key-check',
    },
    reports: {
      label: { ko: '수익 리포트', en: 'Earnings reports' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'key-check',
    },
  },
  budgets: [
    { id: 'product-search', what: { ko: '상품 검색', en: 'product searches' }, limit: 10, per: 'hour' },
    { id: 'deeplink', what: { ko: '딥링크 요청', en: 'deeplink requests' }, limit: 1, per: 'second' },
    { id: 'report', what: { ko: '리포트 조회', en: 'report requests' }, limit: 30, per: 'hour' },
  ],
} as const satisfies ProviderSpec<'coupang-partners'>;
