/**
 * Naver Search (blog, cafe, web, news): document counts, with API HUB keys (the only ones issued
 * since 2026-07-31) or the Naver Developers keys people already hold, which work until 2027-06-30.
 */
import * as z from 'zod/mini';
import { Id, Secret } from './fields.ts';
import { PROVIDER_NAMES } from './names.ts';
import type { ProviderSpec } from './types.ts';

export const NAVER_SEARCH = {
  id: 'naver-search',
  ...PROVIDER_NAMES['naver-search'],
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
    kind: z._default(z.enum(['legacy', 'apihub']), 'legacy'),
  }),
  fields: [
    {
      name: 'kind',
      label: { ko: '키 종류', en: 'Key kind' },
      secret: false,
      required: true,
      env: 'NAVER_SEARCH_KEY_KIND',
      // API HUB first: the setup form's default. (Unset in the environment, the kind stays legacy,
      // so keys configured before API HUB existed keep working.)
      options: [
        { value: 'apihub', label: { ko: 'API HUB 키', en: 'API HUB key' } },
        {
          value: 'legacy',
          label: { ko: '개발자센터 키 (2027년 6월 30일까지)', en: 'Naver Developers key (until 30 June 2027)' },
        },
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
    // NAVER Cloud's own walk-through of API HUB: sign up, register an Application, read its keys.
    page: 'https://guide.ncloud-docs.com/docs/apihub-procedure',
    steps: {
      ko: '네이버 클라우드 플랫폼 콘솔 → NAVER API HUB → 이용 신청 → Application 등록에서 API를 고르세요: 검색, 검색어 트렌드(Search Trend), 쇼핑인사이트(Shopping Insight). 등록한 Application의 인증 정보에서 Client ID와 Client Secret을 복사해 아래에 넣으세요(키 종류: API HUB 키).',
      en: 'NAVER Cloud Platform console → NAVER API HUB → subscribe → register an Application and select the APIs: Search, Search Trend and Shopping Insight. Copy the Client ID and Client Secret from the Application’s credentials below (key kind: API HUB key).',
    },
    retiring: {
      kind: 'legacy',
      lastDay: '2027-06-30',
      steps: {
        ko: '네이버 개발자센터는 2026년 7월 31일부터 검색·검색어 트렌드·쇼핑인사이트 애플리케이션을 새로 받지 않습니다. 이미 받은 개발자센터 키는 키 종류를 "개발자센터 키"로 골라 2027년 6월 30일까지 쓸 수 있습니다({days}일 남음). 그 전에 API HUB 키로 바꾸세요.',
        en: 'Naver Developers stopped taking new Search, Search Trend and Shopping Insight applications on 31 July 2026. Keys you already hold work until 30 June 2027 with the key kind "Naver Developers key" ({days} days left): move to API HUB keys before then.',
      },
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
    // DataLab's Shopping Insight: the same keys, if the application has that API added too.
    shoppingInsight: {
      label: { ko: '쇼핑인사이트 (데이터랩)', en: 'Shopping Insight (DataLab)' },
      kind: 'read',
      defaultEnabled: true,
      probe: 'shopping-check',
    },
  },
  budgets: [
    {
      id: 'search-calls',
      what: { ko: '검색 API 호출 (모든 종류 합계)', en: 'search calls (all types together)' },
      limit: 25_000,
      per: 'kst-day',
    },
    {
      id: 'search-per-second',
      what: { ko: '초당 호출 (AigenC가 지키는 간격)', en: 'calls a second (the spacing AigenC keeps)' },
      limit: 10,
      per: 'second',
    },
    {
      id: 'datalab-legacy',
      what: { ko: '데이터랩 호출 (개발자센터 키)', en: 'DataLab calls (Naver Developers keys)' },
      limit: 1_000,
      per: 'kst-day',
    },
    {
      id: 'datalab-apihub',
      what: {
        ko: '데이터랩 호출 (API HUB 키, AigenC의 안전 한도)',
        en: 'DataLab calls (API HUB keys, AigenC’s own budget)',
      },
      limit: 50_000,
      per: 'kst-month',
    },
    {
      id: 'shopping-legacy',
      what: { ko: '쇼핑인사이트 호출 (개발자센터 키)', en: 'Shopping Insight calls (Naver Developers keys)' },
      limit: 1_000,
      per: 'kst-day',
    },
    {
      id: 'shopping-apihub',
      what: {
        ko: '쇼핑인사이트 호출 (API HUB 키, AigenC의 안전 한도)',
        en: 'Shopping Insight calls (API HUB keys, AigenC’s own budget)',
      },
      limit: 50_000,
      per: 'kst-month',
    },
  ],
} as const satisfies ProviderSpec<'naver-search'>;
