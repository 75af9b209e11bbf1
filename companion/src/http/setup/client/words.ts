/** The setup page's words in the page's language, placeholders typed and filled in. */
import type { Language } from '@aigenc/shared/language';
import { say, type ParamsArg } from '../../../messages.ts';
import { SETUP_MESSAGES, type SetupMessageKey } from '../messages.ts';

type Catalogue = typeof SETUP_MESSAGES;

export type Words = {
  <K extends SetupMessageKey>(key: K, ...params: ParamsArg<Catalogue[K]>): string;
  /** A key made from wire data (an audit action, a status): undefined when the page has no words for it. */
  known(key: string): string | undefined;
};

export function wordsFor(language: Language): Words {
  const t = (<K extends SetupMessageKey>(key: K, ...params: ParamsArg<Catalogue[K]>) =>
    say(SETUP_MESSAGES[key], language, ...params)) as Words;
  t.known = (key) => (key in SETUP_MESSAGES ? SETUP_MESSAGES[key as SetupMessageKey][language] : undefined);
  return t;
}
