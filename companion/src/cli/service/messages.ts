/** What `aigenc service` says, in the terminal's language. */
import { defineMessages } from '../../messages.ts';

export const SERVICE_MESSAGES = defineMessages('cli.service', {
  usage: {
    ko: '사용법: aigenc service install | uninstall | status [--dry-run]',
    en: 'Usage: aigenc service install | uninstall | status [--dry-run]',
  },
  unsafeControl: {
    ko: '{setting}에 줄바꿈이나 다른 제어 문자가 들어 있어 아무것도 쓰지 않았습니다. 서비스 파일에서는 그 문자가 새 명령이 될 수 있습니다: 값을 고친 뒤 다시 실행하세요.',
    en: 'Nothing was written: {setting} holds a line break or another control character, which the service file would read as a directive of its own. Fix the value and run this again.',
  },
  unsafeWindowsPath: {
    ko: '{setting}에 % 또는 " 가 들어 있어 작업 스케줄러의 시작 명령에 안전하게 넣을 수 없습니다. 아무것도 쓰지 않았습니다: 그 문자가 없는 폴더에 설치하세요.',
    en: 'Nothing was written: {setting} holds % or ", which the Task Scheduler start line cannot carry safely. Install to a folder without them.',
  },
  nodePath: { ko: 'Node 실행 파일의 경로', en: 'the path of the Node binary' },
  scriptPath: { ko: 'aigenc 스크립트의 경로', en: 'the path of the aigenc script' },
  manager: {
    ko: '로그인할 때 시작: {manager}',
    en: 'Start at login: {manager}',
  },
  wouldWrite: { ko: '이 파일을 씁니다: {path}', en: 'Would write {path}:' },
  wouldRemove: { ko: '이 파일을 지웁니다: {path}', en: 'Would remove {path}' },
  wouldRun: { ko: '이 명령을 실행합니다:', en: 'Would run:' },
  noKeys: {
    ko: '이 파일에는 키가 들어가지 않습니다. 로그인할 때 시작한 컴패니언도 금고(vault)에서 키를 찾습니다.',
    en: 'No key goes into this file: the companion started at login finds its keys in the vault.',
  },
  envKeysNotCarried: {
    ko: '환경 변수로 준 키({names})는 이 서비스에 옮기지 않습니다. 설정 페이지에서 연결하면 금고에 저장되어 서비스에서도 쓰입니다.',
    en: 'Keys given as environment variables ({names}) are not carried into the service: connect them on the setup page, so they are kept in the vault the service reads.',
  },
  wrote: { ko: '썼습니다: {path}', en: 'Wrote {path}' },
  removed: { ko: '지웠습니다: {path}', en: 'Removed {path}' },
  installed: {
    ko: '설치했습니다. 이제 로그인할 때마다 컴패니언이 시작됩니다. 확인: aigenc service status',
    en: 'Installed: the companion now starts at every login. Check with: aigenc service status',
  },
  uninstalled: {
    ko: '제거했습니다. 컴패니언은 더 이상 로그인할 때 시작되지 않습니다. 키와 데이터는 그대로 있습니다.',
    en: 'Uninstalled: the companion no longer starts at login. Keys and data are left as they were.',
  },
  notInstalled: { ko: '설치되어 있지 않습니다.', en: 'Not installed.' },
  commandFailed: {
    ko: '`{command}`이(가) 실패했습니다: {reason}',
    en: '`{command}` failed: {reason}',
  },
  managerMissing: {
    ko: '{program}을(를) 찾을 수 없습니다. 파일은 썼으니, 이 명령을 직접 실행하세요: {commands}',
    en: '{program} was not found. The file is written; run these yourself: {commands}',
  },
  portBusy: {
    ko: '포트 {port}에서 이미 컴패니언이 실행 중입니다(직접 시작한 것). 그것을 끄면(Ctrl+C) 서비스가 시작한 컴패니언이 이어받습니다.',
    en: 'A companion already answers on port {port} (started by hand): stop it (Ctrl+C) and the service’s own takes over.',
  },
  statusFile: { ko: '파일: {path} ({state})', en: 'File: {path} ({state})' },
  fileThere: { ko: '있음', en: 'present' },
  fileMissing: { ko: '없음', en: 'missing' },
  statusRegistered: { ko: '등록: {state}', en: 'Registered: {state}' },
  statusRunning: { ko: '실행: {state}', en: 'Running: {state}' },
  statusAnswers: { ko: '포트 {port} 응답: {state}', en: 'Answering on port {port}: {state}' },
  yes: { ko: '예', en: 'yes' },
  no: { ko: '아니요', en: 'no' },
  unknown: { ko: '알 수 없음', en: 'unknown' },
  portOurs: { ko: '예 (버전 {version})', en: 'yes (version {version})' },
  portFree: { ko: '아니요', en: 'no' },
  portTaken: { ko: '다른 프로그램이 쓰고 있음', en: 'another program holds it' },
});
