/** What `aigenc doctor` says for each check, and the fix in words. */
import { defineMessages } from '../../messages.ts';

export const DOCTOR_MESSAGES = defineMessages('doctor', {
  nodeOk: { ko: 'Node {version}: 지원되는 버전입니다.', en: 'Node {version}: a supported version.' },
  nodeOld: {
    ko: 'Node {version}: 지원 기간이 끝난 버전입니다(2026년 4월 종료). Node 22 이상으로 올리세요.',
    en: 'Node {version} is end-of-life (since April 2026): upgrade to Node 22 or later.',
  },
  nodeTooOld: {
    ko: 'Node {version}: 너무 오래된 버전입니다. Node 22 이상(최소 20.19)을 설치하세요.',
    en: 'Node {version} is too old: install Node 22 or later (20.19 at the least).',
  },
  dataDirOk: {
    ko: '데이터 폴더 {path}: 이 사용자만 읽고 쓸 수 있습니다.',
    en: 'Data folder {path}: only this user can read and write it.',
  },
  dataDirOpen: {
    ko: '데이터 폴더 {path}: 다른 사용자도 열 수 있습니다(권한 {mode}). `chmod 700 {path}`로 막으세요.',
    en: 'Data folder {path} is open to other users (mode {mode}): run `chmod 700 {path}`.',
  },
  dataDirUnusable: {
    ko: '데이터 폴더 {path}를 쓸 수 없습니다({code}). 쓸 수 있는 폴더를 AIGENC_HOME으로 지정하세요.',
    en: 'Data folder {path} cannot be written ({code}): point AIGENC_HOME at a folder you own.',
  },
  portOurs: {
    ko: '포트 {port}: AigenC 컴패니언 {version}이(가) 실행 중입니다.',
    en: 'Port {port}: the AigenC companion {version} is running.',
  },
  portFree: {
    ko: '포트 {port}: 컴패니언이 실행 중이 아닙니다. `aigenc serve`로 시작하세요.',
    en: 'Port {port}: the companion is not running; start it with `aigenc serve`.',
  },
  portTaken: {
    ko: '포트 {port}: 다른 프로그램이 쓰고 있습니다. 그 프로그램을 끄거나 AIGENC_PORT로 다른 포트를 지정하세요(확장 프로그램 옵션에서도 같은 포트로).',
    en: 'Port {port} is taken by another program: stop it, or choose another port with AIGENC_PORT (and the same in the extension options).',
  },
  vaultOk: { ko: '키 보관함({backend})을 읽을 수 있습니다.', en: 'The key vault ({backend}) can be read.' },
  vaultBroken: {
    ko: '키 보관함을 읽을 수 없습니다: {reason}',
    en: 'The key vault cannot be read: {reason}',
  },
  connectionsNone: {
    ko: '연결된 API가 없습니다. 설정 페이지(http://127.0.0.1:{port}/setup)에서 키를 연결하세요.',
    en: 'No API is connected yet: connect keys on the setup page (http://127.0.0.1:{port}/setup).',
  },
  connectionsOk: { ko: '연결: {list}', en: 'Connections: {list}' },
  connectionsFailing: {
    ko: '연결: {list}. 오류가 난 연결은 설정 페이지에서 키를 다시 확인하세요.',
    en: 'Connections: {list}. Check the keys of the failing ones on the setup page.',
  },
  extensionNever: {
    ko: '확장 프로그램이 아직 연결(페어링)되지 않았습니다. `aigenc pair`로 코드를 받아 팝업에 입력하세요.',
    en: 'The extension is not paired yet: get a code with `aigenc pair` and type it in the popup.',
  },
  extensionSeen: {
    ko: '확장 프로그램을 마지막으로 본 때: {ago}.',
    en: 'The extension was last seen {ago}.',
  },
  keysRetiring: {
    ko: '{name}: 개발자센터 키는 {day}까지 쓸 수 있습니다({days}일 남음). 그 전에 API HUB 키를 받아 설정 페이지의 {name} 카드에서 바꾸세요.',
    en: '{name}: Naver Developers keys work until {day} ({days} days left). Get API HUB keys before then and switch on the {name} card of the setup page.',
  },
  keysRetired: {
    ko: '{name}: 개발자센터 키는 {day}로 끝나 더 이상 쓸 수 없습니다. API HUB 키를 받아 설정 페이지의 {name} 카드에서 바꾸세요.',
    en: '{name}: Naver Developers keys ended on {day} and no longer work. Get API HUB keys and switch on the {name} card of the setup page.',
  },
  keysCurrent: { ko: '키 종류: 모두 지금 발급되는 키입니다.', en: 'Key kinds: all current.' },
  extensionStale: {
    ko: '확장 프로그램을 {ago}에 마지막으로 보았습니다. 브라우저에서 확장 프로그램이 켜져 있는지 확인하세요.',
    en: 'The extension was last seen {ago}: check that it is enabled in the browser.',
  },
  extensionRefused: {
    ko: '이 컴패니언이 모르는 확장 프로그램(ID {id})의 요청을 거절했습니다({ago}). 이런 요청은 이 컴퓨터의 어떤 프로그램이든 보낼 수 있으니, chrome://extensions 에서 이 ID가 내가 설치한 AigenC Lens의 ID인지 먼저 확인하세요. 맞다면 컴패니언을 확장 프로그램과 같은 최신 버전으로 업데이트하세요. 아니라면 허용하지 마세요.',
    en: 'A request from an extension this companion does not know (id {id}) was refused {ago}. Any program on this computer can send such a request: first check on chrome://extensions that this id is the AigenC Lens you installed. If it is, update the companion to the same, latest version as the extension; if it is not, do not allow it.',
  },
  clockOk: {
    ko: '시계: {vendors}와 {skew}초 차이로 맞습니다.',
    en: 'Clock: within {skew} s of {vendors}.',
  },
  clockOff: {
    ko: '시계가 {vendors}보다 {minutes}분 {direction}. 검색광고 API는 약 1분만 어긋나도 서명을 거절합니다: 자동 시간 맞춤을 켜세요.',
    en: 'The clock is {minutes} min {direction} {vendors}; Search Ad refuses signatures about a minute off: turn on automatic time.',
  },
  clockDrifting: {
    ko: '시계가 {vendors}보다 {seconds}초 {direction}. 아직은 괜찮지만 자동 시간 맞춤을 켜 두세요.',
    en: 'The clock is {seconds} s {direction} {vendors}: fine for now, but turn on automatic time.',
  },
  clockUnknown: {
    ko: '시계를 확인하지 못했습니다: API 서버에 닿지 않습니다({reason}).',
    en: 'The clock could not be checked: the API servers could not be reached ({reason}).',
  },
  ahead: { ko: '빠릅니다', en: 'ahead of' },
  behind: { ko: '느립니다', en: 'behind' },
  stateActive: { ko: '정상', en: 'working' },
  stateFailing: { ko: '오류', en: 'failing' },
  stateUnchecked: { ko: '확인 전', en: 'not checked yet' },
  statePaused: { ko: '일시 중지', en: 'paused' },
  connectionState: { ko: '{name} {state}', en: '{name} {state}' },
  justNow: { ko: '방금', en: 'just now' },
  minutesAgo: { ko: '{n}분 전', en: '{n} min ago' },
  hoursAgo: { ko: '{n}시간 전', en: '{n} h ago' },
  daysAgo: { ko: '{n}일 전', en: '{n} days ago' },
  noVendor: { ko: '연결된 API 없음', en: 'no API connected' },
  summaryOk: { ko: '막는 문제가 없습니다.', en: 'Nothing stands in the way.' },
  summaryFailed: {
    ko: '✗ 표시된 것을 먼저 고치세요. 고친 뒤 `aigenc doctor`로 다시 확인하세요.',
    en: 'Fix what is marked ✗ first, then run `aigenc doctor` again.',
  },
});
