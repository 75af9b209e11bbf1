/** What the connectors say when a call fails before any vendor answers, or its answer is unreadable. */
import { defineMessages } from '../messages.ts';

export const TRANSPORT_MESSAGES = defineMessages('transport', {
  unavailable: {
    ko: 'API 서버에 연결하지 못했습니다. 인터넷 연결을 확인하고 잠시 후 다시 시도하세요.',
    en: 'Could not reach the API server: check the internet connection and try again shortly.',
  },
  timedOut: {
    ko: 'API 서버가 제때 응답하지 않았습니다. 잠시 후 다시 시도하세요.',
    en: 'The API server did not answer in time: try again shortly.',
  },
  redirected: {
    ko: 'API 서버가 다른 주소로 보내려 했습니다. 공식 API 주소만 쓰므로 따라가지 않았습니다.',
    en: 'The API server tried to redirect us elsewhere; only official API addresses are used, so it was not followed.',
  },
  blocked: {
    ko: '허용되지 않은 주소로의 요청을 막았습니다. 공식 API 주소만 사용할 수 있습니다.',
    en: 'A request to an address that is not allowed was blocked: only the official APIs may be called.',
  },
  malformed: {
    ko: '{service} API의 응답을 읽을 수 없습니다. 잠시 후 다시 시도하세요.',
    en: 'The {service} answer could not be read: try again shortly.',
  },
});
