/**
 * Each problem code the companion answers, listed once: its title (RFC 9457, English and stable on
 * the wire) and the words a person reads when an error carries none more specific. The HTTP layer,
 * the services (a job's failure) and the CLI all read this one table.
 */
import type { ProblemCode } from '@aigenc/shared/contract';
import type { Localized } from '@aigenc/shared/language';
import { defineMessages } from '../messages.ts';

export const PROBLEMS = defineMessages('problems', {
  UNAUTHENTICATED: {
    title: 'Unauthenticated',
    ko: '인증이 필요합니다. 확장 프로그램을 컴패니언과 다시 페어링하세요.',
    en: 'Authentication required: pair the extension with the companion again.',
  },
  FORBIDDEN_ORIGIN: {
    title: 'Forbidden origin',
    ko: '이 출처(origin)에서 보낸 요청은 허용되지 않습니다.',
    en: 'Requests from this origin are not allowed.',
  },
  MISDIRECTED_HOST: {
    title: 'Misdirected request',
    ko: '이 서버는 127.0.0.1 또는 localhost 주소로 온 요청에만 응답합니다.',
    en: 'This server answers only requests addressed to 127.0.0.1 or localhost.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: 'Unsupported media type',
    ko: '요청 본문은 Content-Type: application/json 이어야 합니다.',
    en: 'The request body must be sent as Content-Type: application/json.',
  },
  PAYLOAD_TOO_LARGE: {
    title: 'Payload too large',
    ko: '요청 본문이 허용 크기를 넘습니다(16 KiB, 대량 작업 시작은 512 KiB).',
    en: 'The request body is larger than allowed (16 KiB; 512 KiB to start a bulk job).',
  },
  VALIDATION_FAILED: {
    title: 'Validation failed',
    ko: '요청 내용이 올바르지 않습니다. issues 항목을 확인하세요.',
    en: 'The request is not valid; see the issues listed.',
  },
  NOT_FOUND: {
    title: 'Not found',
    ko: '요청한 경로나 항목이 없습니다.',
    en: 'No such path or item.',
  },
  METHOD_NOT_ALLOWED: {
    title: 'Method not allowed',
    ko: '이 경로는 해당 HTTP 메서드를 지원하지 않습니다.',
    en: 'This path does not support that HTTP method.',
  },
  RATE_LIMITED: {
    title: 'Too many requests',
    ko: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
    en: 'Too many requests: try again shortly.',
  },
  CONNECTION_NOT_CONFIGURED: {
    title: 'Connection not configured',
    ko: '이 서비스가 아직 연결되지 않았습니다. 컴패니언 설정 페이지에서 연결하세요.',
    en: 'This service is not connected yet: connect it on the companion setup page.',
  },
  CAPABILITY_DISABLED: {
    title: 'Capability disabled',
    ko: '이 기능은 꺼져 있습니다. 설정 페이지에서 켠 뒤 다시 시도하세요.',
    en: 'This capability is switched off: enable it on the setup page first.',
  },
  UPSTREAM_AUTH_FAILED: {
    title: 'Upstream authentication failed',
    ko: 'API 키 인증에 실패했습니다. 설정 페이지에서 키를 다시 확인하세요.',
    en: 'The API rejected the keys: check them again on the setup page.',
  },
  UPSTREAM_RATE_LIMITED: {
    title: 'Upstream rate limited',
    ko: 'API 호출 한도에 걸렸습니다. 표시된 시간 뒤에 다시 시도하세요.',
    en: 'The API is rate limiting us: try again after the time shown.',
  },
  UPSTREAM_QUOTA_EXHAUSTED: {
    title: 'Upstream quota exhausted',
    ko: '오늘의 API 호출 한도를 모두 썼습니다. 한도가 초기화된 뒤 다시 시도하세요.',
    en: 'The API quota is used up: try again after it resets.',
  },
  UPSTREAM_UNAVAILABLE: {
    title: 'Upstream unavailable',
    ko: 'API 서버에 연결할 수 없습니다. 잠시 후 다시 시도하세요.',
    en: 'The API could not be reached: try again shortly.',
  },
  UPSTREAM_REJECTED: {
    title: 'Upstream rejected the request',
    ko: 'API가 요청을 거절했습니다.',
    en: 'The API rejected the request.',
  },
  NOT_A_COUPANG_URL: {
    title: 'Not a Coupang URL',
    ko: '쿠팡(coupang.com) 페이지 주소가 아닙니다.',
    en: 'This is not a coupang.com page address.',
  },
  COUPANG_URL_REFUSED: {
    title: 'Coupang cannot link this page',
    ko: '쿠팡 파트너스가 이 페이지의 링크를 만들 수 없다고 답했습니다.',
    en: 'Coupang Partners answered that it cannot link this page.',
  },
  CONNECTION_FROM_ENV: {
    title: 'Set by environment variables',
    ko: '이 연결은 환경 변수로 설정되어 설정 페이지에서 바꿀 수 없습니다. 환경 변수를 바꾸고 컴패니언을 다시 시작하세요.',
    en: 'This connection comes from environment variables and cannot be changed here: change them and restart the companion.',
  },
  JOB_LIMIT_REACHED: {
    title: 'Too much open bulk work',
    ko: '아직 끝나지 않은 대량 작업이 너무 많습니다. 진행 중인 작업이 끝나거나 취소한 뒤 다시 시작하세요.',
    en: 'Too much bulk work is still open: start this once a job has finished or been cancelled.',
  },
  PROBE_REQUIRED: {
    title: 'Read-only probe required',
    ko: '먼저 읽기 전용 확인을 통과해야 합니다.',
    en: 'A read-only probe has to succeed first.',
  },
  STORAGE_UNAVAILABLE: {
    title: 'Storage unavailable',
    ko: '데이터 폴더에 쓸 수 없어 저장하지 못했습니다(디스크가 가득 찼거나 읽기 전용입니다). 공간을 확보한 뒤 다시 시도하세요. 이미 저장된 내용은 그대로입니다.',
    en: 'Nothing was saved: the data directory cannot be written (the disk is full or read-only). Free some space and try again; what was saved before is intact.',
  },
  EGRESS_BLOCKED: {
    title: 'Outbound call refused',
    ko: '공식 API가 아닌 주소로 보내려던 요청을 막았습니다. 아무것도 전송되지 않았습니다.',
    en: 'A call to an address that is not an official API was refused: nothing was sent.',
  },
  CONFIG_INVALID: {
    title: 'Configuration error',
    ko: '컴패니언 설정이 올바르지 않습니다. 환경 변수(.env.example 참고)를 확인하세요.',
    en: 'The companion is configured wrongly: check its environment variables (see .env.example).',
  },
  VAULT_CORRUPT: {
    title: 'Vault unreadable',
    ko: '키 보관함을 읽을 수 없습니다. 설정 페이지에서 해당 서비스를 다시 연동하세요.',
    en: 'The key vault cannot be read: connect the service again on the setup page.',
  },
  INTERNAL: {
    title: 'Internal error',
    ko: '컴패니언 내부 오류가 발생했습니다. 컴패니언 로그를 확인하세요.',
    en: 'The companion hit an internal error: see its log.',
  },
}) satisfies Record<ProblemCode, Localized & { title: string }>;

/** What is wrong with the configuration (the environment), one line a variable; `aigenc` exits 2. */
export const CONFIG_MESSAGES = defineMessages('config', {
  heading: { ko: '설정 오류:', en: 'Configuration error:' },
  oneOf: { ko: '{variable} 값은 {choices} 중 하나여야 합니다.', en: '{variable} must be one of {choices}.' },
  upstream: {
    ko: '{variable} 값은 {official}(공식 API) 또는 http://127.0.0.1:<포트> / http://localhost:<포트>(로컬 샌드박스)여야 합니다. 다른 호스트는 거절합니다.',
    en: '{variable} must be {official} (the official API) or http://127.0.0.1:<port> / http://localhost:<port> (a local sandbox); other hosts are refused.',
  },
  keysIncomplete: {
    ko: '{provider} 키가 모두 설정되지 않았습니다. {missing}도 설정하세요.',
    en: '{provider} credentials are incomplete: also set {missing}.',
  },
  keyRule: { ko: '{variable}: {rule}.', en: '{variable}: {rule}.' },
  port: {
    ko: 'AIGENC_PORT 값은 0부터 65535까지의 포트 번호여야 합니다("{got}"이(가) 설정됨).',
    en: 'AIGENC_PORT must be a port number from 0 to 65535 (got "{got}").',
  },
  apiToken: {
    ko: 'AIGENC_API_TOKEN은 32자 이상이어야 합니다(무작위 값을 쓰세요).',
    en: 'AIGENC_API_TOKEN must be at least 32 characters long (use a random value).',
  },
  extensionOrigin: {
    ko: 'AIGENC_EXTENSION_ORIGINS: "{origin}"은(는) chrome-extension://<a-p 32글자> 형식이 아닙니다.',
    en: 'AIGENC_EXTENSION_ORIGINS: "{origin}" is not of the form chrome-extension://<32 letters a-p>.',
  },
  searchAdInterval: {
    ko: 'AIGENC_SEARCHAD_INTERVAL_MS 값은 100부터 60000까지의 밀리초 정수여야 합니다(기본 1000).',
    en: 'AIGENC_SEARCHAD_INTERVAL_MS must be whole milliseconds from 100 to 60000 (default 1000).',
  },
  homeUnsecured: {
    ko: 'AIGENC_HOME({home})을 만들거나 보호할 수 없습니다({code}). 쓸 수 있는 내 폴더를 고르세요.',
    en: 'AIGENC_HOME ({home}) cannot be created or secured ({code}): choose a writable directory you own.',
  },
  homeUnusable: {
    ko: 'AIGENC_HOME({home})을 쓸 수 없습니다({code}). 쓰기 권한이 있는지, 디스크가 가득 차지 않았는지 확인하세요.',
    en: 'AIGENC_HOME ({home}) is not usable ({code}): is it writable and is the disk full?',
  },
  newerDatabase: {
    ko: '데이터베이스를 더 새로운 AigenC가 썼습니다(스키마 {current}, 이 버전은 {latest}까지 압니다). AigenC를 업데이트하세요.',
    en: 'The database was written by a newer AigenC (schema {current}; this one knows {latest}): update AigenC.',
  },
  keychainFailed: {
    ko: 'AIGENC_VAULT=keychain이지만 OS 키체인이 자체 점검에 실패했습니다. AIGENC_VAULT=auto 또는 file을 쓰세요.',
    en: 'AIGENC_VAULT=keychain, but the OS keychain failed its self-test: use AIGENC_VAULT=auto or file.',
  },
});

/** Why the key vault cannot be read (the names of files and fields, never a value). */
export const VAULT_MESSAGES = defineMessages('vault', {
  corrupt: {
    ko: '키 보관함을 읽을 수 없습니다: {problem}. 설정 페이지에서 해당 서비스를 다시 연결하거나 AIGENC_HOME을 백업에서 복원하세요.',
    en: 'The key vault cannot be read: {problem}. Connect the affected services again on the setup page, or restore AIGENC_HOME from a backup.',
  },
  badKey: { ko: '{file}이(가) 32바이트 키가 아닙니다', en: '{file} is not a 32-byte key' },
  badLayout: { ko: '{file}의 형식을 알 수 없습니다', en: '{file} has an unknown layout' },
  slotFailed: { ko: '보관함 칸 {slot}의 인증에 실패했습니다', en: 'vault slot {slot} failed authentication' },
  notJson: { ko: '{provider}의 보관 항목이 JSON이 아닙니다', en: 'the vault entry of {provider} is not JSON' },
  badKeys: {
    ko: '{provider}의 보관 항목에 올바른 키가 없습니다({fields})',
    en: 'the vault entry of {provider} does not hold valid keys ({fields})',
  },
});
