/** What the `aigenc` commands say about how they were called (exit 2), in the terminal's language. */
import { defineMessages } from '../../messages.ts';

export const USAGE_MESSAGES = defineMessages('cli.usage', {
  oneOutput: { ko: '출력은 --json과 --csv 중 하나만 고르세요.', en: 'Choose one output: --json or --csv.' },
  trendMonths: {
    ko: '--months에는 {min}부터 {max}까지의 정수를 주세요.',
    en: '--months takes a whole number from {min} to {max}.',
  },
  trendKeywords: {
    ko: '키워드를 1개에서 {max}개까지 주세요: aigenc trend <키워드 ...> [--months n]',
    en: 'Give 1 to {max} keywords: aigenc trend <kw ...> [--months n].',
  },
  estimateUsage: {
    ko: '사용법: aigenc estimate <키워드> [--bids 500,1000] [--device pc|mobile|both] [--json]',
    en: 'Usage: aigenc estimate <kw> [--bids 500,1000] [--device pc|mobile|both] [--json].',
  },
  audienceUsage: {
    ko: '사용법: aigenc audience <키워드> --category <카테고리 번호> [--months n] [--json]',
    en: 'Usage: aigenc audience <kw> --category <category id> [--months n] [--json].',
  },
  audienceCategory: {
    ko: '--category에는 네이버 쇼핑 카테고리 번호(주소의 cat_id, 숫자만)를 주세요. 예: 50000007(스포츠/레저).',
    en: '--category takes a Naver Shopping category id (the cat_id in its address, digits only), for example 50000007 (sports and leisure).',
  },
  estimateDevice: { ko: '--device는 pc, mobile, both 중 하나입니다.', en: '--device is pc, mobile or both.' },
  estimateBids: {
    ko: '--bids에는 입찰가를 1개에서 20개까지 쉼표로 주세요. 각각 70원에서 100,000원 사이, 10원 단위입니다(예: 500,1000).',
    en: '--bids takes 1 to 20 bids separated by commas, each from 70 to 100,000 KRW in steps of 10 (for example 500,1000).',
  },
  deeplinkUrls: { ko: 'coupang.com 페이지 주소를 하나 이상 주세요.', en: 'Give one or more coupang.com page URLs.' },
  deeplinkSubId: {
    ko: '--sub-id에는 영문자, 숫자, "_", "-"만 쓸 수 있습니다.',
    en: '--sub-id uses letters, digits, "_" and "-" only.',
  },
  reportDay: {
    ko: '{option}에는 yyyy-mm-dd 형식의 날짜를 주세요(예: 2026-11-01).',
    en: '{option} takes a day written yyyy-mm-dd, for example 2026-11-01.',
  },
  reportUsage: {
    ko: '사용법: aigenc report coupang --since <yyyy-mm-dd> [--until <yyyy-mm-dd>] [--sub-id <id>]',
    en: 'Usage: aigenc report coupang --since <yyyy-mm-dd> [--until <yyyy-mm-dd>] [--sub-id <id>].',
  },
  reportSince: {
    ko: '--since <yyyy-mm-dd>가 필요합니다: 실적을 볼 첫날입니다.',
    en: '--since <yyyy-mm-dd> is required: the first day of the report.',
  },
  reportSubId: {
    ko: '--sub-id에는 영문자, 숫자, "_", "-"를 쓰세요(subId 없는 링크는 "-" 하나).',
    en: '--sub-id takes letters, digits, "_" and "-" (or "-" alone for links without one).',
  },
  keywordTooLong: {
    ko: '{max}자보다 긴 키워드가 있습니다: "{keyword}…"',
    en: 'A keyword is longer than {max} characters: "{keyword}…"',
  },
  keywordFileUnreadable: {
    ko: '{file}을(를) 읽을 수 없습니다: {code}',
    en: 'Cannot read {file}: {code}',
  },
  keywordsNone: {
    ko: '키워드를 인자로 주거나 --file <경로>로 주세요(한 줄에 하나).',
    en: 'Give keywords as arguments or with --file <path> (one per line).',
  },
  probeInstant: {
    ko: '{flag}에는 ISO 날짜나 일시를 주세요(예: 2026-06-10T00:00:00+09:00).',
    en: '{flag} must be an ISO date or date-time, e.g. 2026-06-10T00:00:00+09:00.',
  },
  probeNotADate: { ko: '{flag}의 날짜가 달력에 없습니다: {text}', en: '{flag} is not a real date: {text}' },
  probeUsage: {
    ko: '사용법: aigenc probe naver-commerce --auth-only | --since <ISO> [--until <ISO>] [--expected <n>]',
    en: 'Usage: aigenc probe naver-commerce --auth-only | --since <ISO> [--until <ISO>] [--expected <n>]',
  },
  probeOneMode: {
    ko: '--auth-only와 --since <ISO> 중 하나만 주세요.',
    en: 'Give exactly one of --auth-only or --since <ISO>.',
  },
  probeUntilAfter: { ko: '--until은 --since보다 뒤여야 합니다.', en: '--until must be after --since.' },
  probePeriod: {
    ko: '기간은 최대 31일입니다(24시간 단위로 조회합니다).',
    en: 'The period may be at most 31 days (it is walked in 24-hour windows).',
  },
  probeExpected: { ko: '--expected에는 0 이상의 정수를 주세요.', en: '--expected must be a whole number.' },
});
