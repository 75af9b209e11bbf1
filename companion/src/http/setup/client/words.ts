/** The setup page's words in the page's language, with `{name}` placeholders filled in. */
import type { Language } from '@aigenc/shared/language';
import { SETUP_MESSAGES, type SetupMessageKey } from '../messages.ts';

export type Words = {
  (key: SetupMessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A key made from wire data (an audit action, a status): undefined when the page has no words for it. */
  known(key: string): string | undefined;
};

export function wordsFor(language: Language): Words {
  const messages: Readonly<Record<string, string>> = SETUP_MESSAGES[language];
  const fill = (text: string, params: Readonly<Record<string, string | number>>) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  const t = ((key, params = {}) => fill(messages[key] ?? key, params)) as Words;
  t.known = (key) => messages[key];
  return t;
}
