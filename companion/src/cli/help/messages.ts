/** `aigenc help`: the list of commands, in the terminal's language. */
import { defineMessages } from '../../messages.ts';

export const HELP_MESSAGES = defineMessages('cli.help', {
  usage: {
    ko: `AigenC Lens 컴패니언 {version}

사용법: aigenc [명령] [옵션]

명령:
  serve            127.0.0.1에서 컴패니언을 실행합니다(기본값)
                     --announce-extension  만든 확장 프로그램의 위치와 페어링 코드도 출력합니다
  demo             공식 API의 내장 샌드박스와 데모 키로 컴패니언을 실행합니다
  sandbox          샌드박스만 실행하고 네 개의 기본 URL을 출력합니다
  pair [--json]    확장 프로그램에 넣을 새 페어링 코드를 출력합니다
  keywords <키워드 ...> [--file <경로>] [--json | --csv]
                   키워드 지표를 한꺼번에, 공급사가 허용하는 속도로 조회합니다
  trend <키워드 ...> [--months n] [--json | --csv]
                   월별 추정 검색수(12~120개월, 기본 36개월)와 계절성
  estimate <키워드> [--bids 500,1000] [--device pc|mobile|both] [--json]
                   입찰가별로 지난 28일 동안 얻었을 노출·클릭·비용(검색광고 추정치)
  audience <키워드> --category <카테고리 번호> [--months n] [--json]
                   카테고리 안에서 키워드로 쇼핑 클릭을 한 사람의 성별·연령·기기 비율(쇼핑인사이트)
  deeplink <주소 ...> [--sub-id <id>] [--json]
                   쿠팡 페이지의 쿠팡 파트너스 링크를 만듭니다
  report coupang --since <yyyy-mm-dd> [--until <yyyy-mm-dd>] [--sub-id <id>] [--json | --csv]
                   파트너스 링크의 일별·subId별 실적(한국 시간 기준 날짜, 최대 366일;
                   --until 기본값은 어제; --sub-id - 는 subId 없는 링크)
  probe naver-commerce --auth-only
                   커머스 토큰만 발급합니다. 주문 API는 호출하지 않습니다
  probe naver-commerce --since <ISO> [--until <ISO>] [--expected <n>] [--json]
                   주문 변경 내역을 읽기 전용으로 훑어 가린 요약으로 보여 줍니다
  commerce orders [--stage to-confirm|to-dispatch] | confirm <상품주문번호 ...>
         | dispatch --file <csv> | inquiries [--answered] | answer <order|product> <번호> --text <답변>
         | stock <원상품번호>[:<옵션ID>]=<수량> ...   [--apply] [--json]
                   스마트스토어 업무(발주 확인, 발송 처리, 문의 답변, 재고). 쓰기는 --apply가
                   없으면 미리보기만 하고, 설정 페이지에서 켠 기능만 보냅니다
  doctor [--json]  Node, 데이터 폴더, 포트, 보관함, 연결, 확장 프로그램, 시계를 점검하고
                   각각 고치는 방법을 알려 줍니다(실패가 하나라도 있으면 종료 코드 1)
  service install | uninstall | status [--dry-run]
                   로그인할 때 컴패니언을 시작합니다(systemd 사용자 유닛, launchd 에이전트,
                   작업 스케줄러 작업). --dry-run 은 어디에 무엇을 쓸지 보여 줍니다(키는 쓰지 않습니다)
  version          버전을 출력합니다
  help             이 도움말을 보여 줍니다

keywords, trend, estimate, audience, deeplink, report, probe 는 --demo 도 받습니다. 그러면 데모 키를 쓰는 전용
샌드박스가 답하므로 실제 키 없이 써 볼 수 있습니다.

환경 변수: .env.example 참고(AIGENC_HOME, AIGENC_PORT, AIGENC_LANG, API 자격 증명 등).
`,
    en: `AigenC Lens companion {version}

Usage: aigenc [command] [options]

Commands:
  serve            run the companion on 127.0.0.1 (default)
                     --announce-extension  also print where the built extension is and a pairing code
  demo             the companion with a built-in sandbox of the official APIs and demo keys
  sandbox          only the sandbox; prints its four base URLs
  pair [--json]    print a fresh pairing code for the extension
  keywords <kw ...> [--file <path>] [--json | --csv]
                   keyword metrics in bulk, at the vendor's pace
  trend <kw ...> [--months n] [--json | --csv]
                   estimated monthly searches (12 to 120 months, 36 by default) and the season
  estimate <kw> [--bids 500,1000] [--device pc|mobile|both] [--json]
                   what each bid would have bought over the last 28 days (Search Ad's estimates)
  audience <kw> --category <category id> [--months n] [--json]
                   gender, age and device shares of the keyword's shopping clicks in a category (Shopping Insight)
  deeplink <url ...> [--sub-id <id>] [--json]
                   Coupang Partners links for Coupang pages
  report coupang --since <yyyy-mm-dd> [--until <yyyy-mm-dd>] [--sub-id <id>] [--json | --csv]
                   what the Partners links earned per day and per subId (KST days, up to 366;
                   --until defaults to yesterday; --sub-id - is the links without a subId)
  probe naver-commerce --auth-only
                   issue a Commerce token only; no order API is called
  probe naver-commerce --since <ISO> [--until <ISO>] [--expected <n>] [--json]
                   read-only walk of the order change feed, as a masked summary
  commerce orders [--stage to-confirm|to-dispatch] | confirm <product order id ...>
         | dispatch --file <csv> | inquiries [--answered] | answer <order|product> <id> --text <answer>
         | stock <originProductNo>[:<optionId>]=<quantity> ...   [--apply] [--json]
                   the Smart Store work (confirm, dispatch, answers, stock); a write is a preview
                   unless --apply is given, and only a feature switched on in the setup page sends
  doctor [--json]  check Node, the data folder, the port, the vault, the connections, the
                   extension and the clock; each with the fix in words (exit 1 when one fails)
  service install | uninstall | status [--dry-run]
                   start the companion at login (systemd user unit, launchd agent, Task
                   Scheduler task); --dry-run prints what would be written where (no key is)
  version          print the version
  help             show this text

keywords, trend, estimate, audience, deeplink, report and probe also take --demo: they then answer from a private sandbox with demo
keys, so they can be tried without any real key.

Environment: see .env.example (AIGENC_HOME, AIGENC_PORT, AIGENC_LANG, API credentials, ...).
`,
  },
});
