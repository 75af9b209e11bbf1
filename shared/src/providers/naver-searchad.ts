/** Naver Search Ad: the keyword tool (monthly searches, clicks, competition). */
import * as z from 'zod/mini';
import { Secret } from './fields.ts';
import { PROVIDER_NAMES } from './names.ts';
import type { ProviderSpec } from './types.ts';

export const NAVER_SEARCHAD = {
  id: 'naver-searchad',
  ...PROVIDER_NAMES['naver-searchad'],
  origins: { default: 'https://api.searchad.naver.com' },
  baseUrlVariable: 'NAVER_SEARCHAD_BASE_URL',
  credentials: z.strictObject({
    apiKey: Secret,
    secretKey: Secret,
    customerId: z.string().check(z.trim(), z.regex(/^\d{1,20}$/, 'digits only')),
  }),
  fields: [
    {
      name: 'apiKey',
      label: { ko: 'API 라이선스 (액세스 키)', en: 'API license (access key)' },
      secret: true,
      required: true,
      env: 'NAVER_SEARCHAD_API_KEY',
    },
    {
      name: 'secretKey',
      label: { ko: '비밀키 (Secret Key)', en: 'Secret key' },
      secret: true,
      required: true,
      env: 'NAVER_SEARCHAD_SECRET_KEY',
    },
    {
      name: 'customerId',
      label: { ko: 'CUSTOMER_ID', en: 'CUSTOMER_ID' },
      secret: false,
      required: true,
      env: 'NAVER_SEARCHAD_CUSTOMER_ID',
    },
  ],
  keys: {
    page: 'https://searchad.naver.com/',
    steps: {
      ko: '네이버 검색광고 → 도구 → API 사용 관리에서 API 라이선스(액세스 키), 비밀키, CUSTOMER_ID를 확인하세요.',
      en: 'Naver Search Ad → Tools → API management: the API license (access key), the secret key and the CUSTOMER_ID.',
    },
  },
  capabilities: {
    keywordStats: {
      label: { ko: '키워드 검색량', en: 'Keyword volumes' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'key-check',
    },
  },
  budgets: [
    { id: 'keyword-tool', what: { ko: '키워드 도구 호출', en: 'keyword tool calls' }, limit: 1, per: 'second' },
  ],
} as const satisfies ProviderSpec<'naver-searchad'>;
