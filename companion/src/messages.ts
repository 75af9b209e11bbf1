/**
 * One way for the companion to speak two languages. Every text a person reads (an error's detail,
 * a problem's default, a command's output, the setup page) is a message: Korean and English side
 * by side, declared with `defineMessages` in a file named `messages.ts` beside the code that says
 * it. Together those files are the catalogue; messages.test.ts checks every one of them (same
 * placeholders in both languages, none empty) and that no other file writes a bilingual text.
 *
 *   const WORDS = defineMessages({ retry: { ko: '{seconds}초 뒤에 다시 시도합니다.', en: 'Trying again in {seconds} s.' } });
 *   new UpstreamError('UPSTREAM_RATE_LIMITED', { detail: fill(WORDS.retry, { seconds: 3 }) });
 *   say(WORDS.retry, 'ko', { seconds: 3 });
 */
import { LOCALES, type Language, type Localized } from '@aigenc/shared/language';

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** A placeholder's value: the same in both languages, or its own in each (a service's name). */
export type Value = string | number | Localized;
type Values<M extends Localized> = Record<Placeholders<M['ko']> | Placeholders<M['en']>, Value>;
/** No argument for a message without placeholders; every placeholder's value for one with them. */
export type ParamsArg<M extends Localized> = [Placeholders<M['ko']> | Placeholders<M['en']>] extends [never]
  ? []
  : [params: Values<M>];

/** Declares a section of the catalogue, keeping each text's literal type (so placeholders are checked). */
export function defineMessages<const M extends Record<string, Localized>>(messages: M): M {
  return messages;
}

function substitute(text: string, language: Language, params: Readonly<Record<string, Value>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** The message with its placeholders filled in, still in both languages (an error's detail). */
export function fill<M extends Localized>(message: M, ...[params]: ParamsArg<M>): Localized {
  const values: Readonly<Record<string, Value>> = params ?? {};
  return { ko: substitute(message.ko, 'ko', values), en: substitute(message.en, 'en', values) };
}

/** The message in one language, placeholders filled in (a command's output). */
export function say<M extends Localized>(message: M, language: Language, ...params: ParamsArg<M>): string {
  return fill(message, ...params)[language];
}

/** The names of a text's placeholders, sorted (for the catalogue's checks). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** A count as each language writes it (20,000): a placeholder's value, formatted by the one locale list. */
export function numberWords(n: number): Localized {
  return { ko: n.toLocaleString(LOCALES.ko), en: n.toLocaleString(LOCALES.en) };
}

/** An instant as a person reads it: the time in Korea in Korean, ISO 8601 in English. */
export function instantWords(ms: number): Localized {
  // Korean words computed, not left to the machine's locale data (which may lack Korean).
  const kst = new Date(ms + 9 * 3_600_000);
  const hour = kst.getUTCHours();
  const minute = String(kst.getUTCMinutes()).padStart(2, '0');
  const ko = `${kst.getUTCMonth() + 1}월 ${kst.getUTCDate()}일 ${hour < 12 ? '오전' : '오후'} ${hour % 12 || 12}:${minute}`;
  return { ko, en: new Date(ms).toISOString() };
}
