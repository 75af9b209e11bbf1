/**
 * Every string the setup page shows, Korean first. Keys are shared with client/main.ts. What the
 * provider registry already says (service names, where keys come from, field, option and
 * capability labels) is taken from it, not written twice.
 */
import { PROVIDERS, providerLabel, providerSpec } from '@aigenc/shared/providers';
import type { Language } from '../language.ts';

export const SETUP_MESSAGES = {
  ko: {
    title: 'AigenC Lens 컴패니언 설정',
    lead: '이 페이지는 내 컴퓨터에서만 열립니다. API 키와 연결 정보는 이 컴퓨터 밖으로 나가지 않습니다.',
    language: '언어',
    pairingHeading: '확장 프로그램 페어링',
    pairingHelp: '확장 프로그램 팝업에 아래 코드를 한 번 입력하면 연결됩니다. 코드는 5분 동안 한 번만 쓸 수 있습니다.',
    newCode: '페어링 코드 만들기',
    codeLabel: '페어링 코드',
    expiresIn: '{time} 후 만료',
    expired: '만료됨: 새 코드를 만드세요.',
    pairingsHeading: '연결된 확장 프로그램',
    pairingsEmpty: '아직 연결된 확장 프로그램이 없습니다.',
    colLabel: '이름',
    colCreated: '연결한 때',
    colLastUsed: '마지막 사용',
    colActions: '관리',
    never: '없음',
    revoke: '연결 해제',
    revokeConfirm: '이 확장 프로그램의 연결을 해제할까요? 다시 쓰려면 새로 페어링해야 합니다.',
    connectionsHeading: 'API 연결 상태',
    connectionsEmpty: '연결된 API가 없습니다.',
    sourceEnv: '환경 변수',
    sourceVault: '이 컴퓨터의 보관함',
    sandbox: '샌드박스',
    status_SETUP_REQUIRED: '설정 필요',
    status_PAUSED: '검증 전',
    status_ACTIVE: '정상',
    status_ERROR: '오류',
    loadFailed: '불러오지 못했습니다: {detail}',
    footer: '공식 API만 사용합니다. 화면 스크래핑이나 세션 재사용은 하지 않습니다.',
    saturationHeading: '황금키워드(포화도) 기준',
    saturationHelp:
      '포화도 = 문서 수 ÷ 월간 검색수. 낮을수록 검색에 비해 경쟁 문서가 적습니다. 어떤 문서를 셀지와 등급 기준을 정하세요.',
    saturationSource: '문서 수',
    sourceBlog: '블로그',
    sourceBlogCafe: '블로그 + 카페',
    sourceAll: '블로그 + 카페 + 웹 + 뉴스',
    gradeGold: '황금',
    gradeSilver: '은',
    gradeBronze: '동',
    save: '저장',
    saved: '저장했습니다.',
    connectorsHeading: 'API 연결',
    connectorsHelp:
      '서비스마다 공식 페이지에서 받은 키를 넣고 "연동"을 누르세요. 키는 이 컴퓨터의 암호화된 보관함에만 저장되고, 저장한 뒤에는 다시 보여 주지 않습니다.',
    showSandbox: '샌드박스·데모 연결도 보기',
    connectorsEmpty: '실제 API에 연결할 서비스가 없습니다. 샌드박스·데모 연결을 보려면 위 선택을 켜세요.',
    openKeysPage: '공식 페이지 열기',
    keysStayHere: '키는 이 컴퓨터 밖으로 나가지 않습니다.',
    connect: '연동',
    reconnect: '새 키로 연동',
    validate: '연결 확인',
    disconnect: '연결 끊기',
    disconnectConfirm: '이 연결을 끊고 저장된 키를 지울까요?',
    configuredAt: '키 설정됨 · {time}',
    checkedAt: '마지막 확인 · {time}',
    envLocked: '환경 변수로 설정된 연결이라 여기서 바꾸거나 끊을 수 없습니다.',
    keysUnchanged: '이전과 같은 키입니다. 바뀐 것은 없습니다.',
    savedPaused: '저장했습니다. "연결 확인"으로 검증하면 사용할 수 있습니다.',
    validating: '확인하는 중…',
    capabilitiesHeading: '기능',
    kind_read: '읽기',
    kind_write: '쓰기',
    writesHelp:
      '쓰기 기능은 꺼진 채로 시작합니다. 읽기 전용 주문 조회가 한 번 성공한 뒤에 하나씩 켤 수 있고, 바꿀 때마다 기록이 남습니다.',
    orderProbeHeading: '읽기 전용 주문 조회',
    orderProbeHelp:
      '주문 변경 내역을 건수로만 요약합니다(주문번호·개인정보는 보이지 않습니다). 스마트스토어 내보내기의 건수를 넣으면 대조합니다.',
    probeFrom: '시작',
    probeTo: '끝',
    probeExpected: '내보내기 건수 (선택)',
    probeRun: '조회',
    probeCount: '변경 {count}건 (중복 {duplicates}건 제외)',
    probeMatches: '스마트스토어 내보내기({expected}건)와 일치합니다.',
    probeDiffers: '스마트스토어 내보내기({expected}건)와 {difference}건 차이가 납니다.',
    auditHeading: '변경 기록',
    'audit_connection.created': '연결 만듦',
    'audit_connection.keys-rotated': '키 교체',
    'audit_connection.keys-unchanged': '같은 키 다시 입력',
    'audit_connection.validated': '연결 확인',
    'audit_connection.disconnected': '연결 끊음',
    'audit_capability.enabled': '기능 켬',
    'audit_capability.disabled': '기능 끔',
    'audit_commerce.order-probe': '읽기 전용 주문 조회',
  },
  en: {
    title: 'AigenC Lens companion setup',
    lead: 'This page opens only on this computer. API keys and connection details never leave it.',
    language: 'Language',
    pairingHeading: 'Pair the extension',
    pairingHelp: 'Type the code below once in the extension popup to connect it. A code works once, for 5 minutes.',
    newCode: 'Create a pairing code',
    codeLabel: 'Pairing code',
    expiresIn: 'expires in {time}',
    expired: 'Expired: create a new code.',
    pairingsHeading: 'Paired extensions',
    pairingsEmpty: 'No extension is paired yet.',
    colLabel: 'Name',
    colCreated: 'Paired',
    colLastUsed: 'Last used',
    colActions: 'Manage',
    never: 'never',
    revoke: 'Revoke',
    revokeConfirm: 'Revoke this extension? It will need to pair again.',
    connectionsHeading: 'API connections',
    connectionsEmpty: 'No API is connected.',
    sourceEnv: 'environment',
    sourceVault: 'this computer’s vault',
    sandbox: 'sandbox',
    status_SETUP_REQUIRED: 'setup required',
    status_PAUSED: 'not validated',
    status_ACTIVE: 'active',
    status_ERROR: 'error',
    loadFailed: 'Could not load: {detail}',
    footer: 'Official APIs only: no screen scraping, no reused sessions.',
    saturationHeading: 'Golden keyword (saturation) rule',
    saturationHelp:
      'Saturation = documents ÷ monthly searches. Lower means fewer competing documents per search. Choose which documents count and the grade thresholds.',
    saturationSource: 'Documents',
    sourceBlog: 'Blog',
    sourceBlogCafe: 'Blog + cafe',
    sourceAll: 'Blog + cafe + web + news',
    gradeGold: 'Gold',
    gradeSilver: 'Silver',
    gradeBronze: 'Bronze',
    save: 'Save',
    saved: 'Saved.',
    connectorsHeading: 'API connections',
    connectorsHelp:
      'For each service, enter the keys from its official page and press "Connect". Keys are kept only in this computer’s encrypted vault and are never shown again.',
    showSandbox: 'Also show sandbox and demo connections',
    connectorsEmpty:
      'No service to connect to a real API. Switch on the option above to see sandbox and demo connections.',
    openKeysPage: 'Open the official page',
    keysStayHere: 'The keys never leave this computer.',
    connect: 'Connect',
    reconnect: 'Connect with new keys',
    validate: 'Check connection',
    disconnect: 'Disconnect',
    disconnectConfirm: 'Disconnect and delete the stored keys?',
    configuredAt: 'keys set · {time}',
    checkedAt: 'last checked · {time}',
    envLocked: 'Set by environment variables: it cannot be changed or removed here.',
    keysUnchanged: 'These are the keys already in use: nothing changed.',
    savedPaused: 'Saved. "Check connection" validates it for use.',
    validating: 'Checking…',
    capabilitiesHeading: 'Capabilities',
    kind_read: 'read',
    kind_write: 'write',
    writesHelp:
      'Write capabilities start off. They can be switched on one at a time once a read-only order probe has succeeded; every change is recorded.',
    orderProbeHeading: 'Read-only order probe',
    orderProbeHelp:
      'Summarises order changes as counts only (no order numbers, no personal data). Enter the count from the Smart Store export to reconcile.',
    probeFrom: 'From',
    probeTo: 'To',
    probeExpected: 'Export count (optional)',
    probeRun: 'Run',
    probeCount: '{count} changes ({duplicates} duplicates left out)',
    probeMatches: 'Matches the Smart Store export ({expected}).',
    probeDiffers: 'Differs from the Smart Store export ({expected}) by {difference}.',
    auditHeading: 'Changes',
    'audit_connection.created': 'connection created',
    'audit_connection.keys-rotated': 'keys replaced',
    'audit_connection.keys-unchanged': 'same keys entered again',
    'audit_connection.validated': 'connection checked',
    'audit_connection.disconnected': 'disconnected',
    'audit_capability.enabled': 'capability on',
    'audit_capability.disabled': 'capability off',
    'audit_commerce.order-probe': 'read-only order probe',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type SetupMessageKey = keyof (typeof SETUP_MESSAGES)['ko'];

/** The registry's labels under the keys the page asks for (`provider_naver_search`, `field_clientId` ...). */
export function registryMessages(language: Language): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const provider of PROVIDERS) {
    const spec = providerSpec(provider);
    const key = provider.replaceAll('-', '_');
    messages[`provider_${key}`] = providerLabel(provider, language);
    messages[`keysFrom_${key}`] = spec.keys.steps[language];
    for (const field of spec.fields) {
      messages[`field_${field.name}`] = field.label[language];
      for (const option of field.options ?? []) messages[`option_${option.value}`] = option.label[language];
    }
    for (const [name, capability] of Object.entries(spec.capabilities))
      messages[`cap_${name}`] = capability.label[language];
  }
  return messages;
}

/** Everything the page shows in one language. */
export function setupMessages(language: Language): Record<string, string> & Record<SetupMessageKey, string> {
  return { ...registryMessages(language), ...SETUP_MESSAGES[language] };
}
