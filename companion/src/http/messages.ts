/** What the HTTP layer says of its own: bad bodies, unknown extensions (the problem codes' words are in errors/). */
import { defineMessages } from '../messages.ts';

export const HTTP_MESSAGES = defineMessages('http', {
  bodyNotJson: { ko: '요청 본문이 올바른 JSON이 아닙니다.', en: 'The request body is not valid JSON.' },
  unknownExtension: {
    ko: '이 컴패니언은 이 확장 프로그램(ID {id})을 모릅니다. {fix}',
    en: 'This companion does not know this extension (id {id}). {fix}',
  },
});
