/** Naver Search (blog, cafe, web, news): document counts, with Naver Developers or API HUB keys. */
import { z } from 'zod';
import { Id, Secret } from './fields.ts';
import type { ProviderSpec } from './types.ts';

export const NAVER_SEARCH = {
  id: 'naver-search',
  name: { ko: '네이버 검색', en: 'Naver Search' },
  purpose: { ko: '문서 수', en: 'document counts' },
  // API HUB keys (apps created since mid-2026) go to the NCP gateway instead of openapi.
  origins: {
    default: 'https://openapi.naver.com',
    legacy: 'https://openapi.naver.com',
    apihub: 'https://naverapihub.apigw.ntruss.com',
  },
  originBy: 'kind',
  baseUrlVariable: 'NAVER_SEARCH_BASE_URL',
  credentials: z.strictObject({
    clientId: Id,
    clientSecret: Secret,
    kind: z.enum(['legacy', 'apihub']).default('legacy'),
  }),
  fields: [
    {
      name: 'kind',
      label: { ko: '키 종류', en: 'Key kind' },
      secret: false,
      required: true,
      env: 'NAVER_SEARCH_KEY_KIND',
      options: [
        { value: 'legacy', label: { ko: '개발자센터 키', en: 'Naver Developers key' } },
        { value: 'apihub', label: { ko: 'API HUB 키', en: 'API HUB key' } },
      ],
    },
    {
      name: 'clientId',
      label: { ko: 'Client ID', en: 'Client ID' },
      secret: false,
      required: true,
      env: 'NAVER_SEARCH_CLIENT_ID',
    },
    {
      name: 'clientSecret',
      label: { ko: 'Client Secret', en: 'Client Secret' },
      secret: true,
      required: true,
      env: 'NAVER_SEARCH_CLIENT_SECRET',
    },
  ],
  keys: {
    page: 'https://developers.naver.com/apps/#/register',
    steps: {
      ko: '네이버 개발자센터 → Application → 애플리케이션 등록(검색 API 선택, 검색어 트렌드를 보려면 데이터랩(검색어트렌드)도 선택)에서 Client ID와 Client Secret을 확인하세요. API HUB에서 받은 키라면 키 종류를 API HUB로 고르세요.',
      en: 'Naver Developers → Application → register an application with the Search API (and DataLab (search trend) for trends): the Client ID and Client Secret. Keys from API HUB: choose API HUB as the key kind.',
    },
  },
  capabilities: {
    documentCounts: {
      label: { ko: '문서 수', en: 'Document counts' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'key-check',
    },
    // DataLab's search trend: the same keys, if the application has the DataLab API added.
    trend: {
      label: { ko: '검색어 트렌드 (데이터랩)', en: 'Search trends (DataLab)' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'trend-check',
    },
  },
  budgets: [
    {
      what: { ko: '검색 API 호출 (모든 종류 합계)', en: 'search calls (all types together)' },
      limit: 25_000,
      per: 'kst-day',
    },
    { what: { ko: '초당 호출', en: 'calls a second' }, limit: 10, per: 'second' },
    {
      what: { ko: '데이터랩 호출 (개발자센터 키)', en: 'DataLab calls (Naver Developers keys)' },
      limit: 1_000,
      per: 'kst-day',
    },
    { what: { ko: '데이터랩 호출 (API HUB 키)', en: 'DataLab calls (API HUB keys)' }, limit: 50_000, per: 'kst-month' },
  ],
} as const satisfies ProviderSpec<'naver-search'>;
