/**
 * One way for the companion to speak two languages. Every text a person reads (an error's detail,
 * a problem's default, a command's output, the setup page) is a message: Korean and English side
 * by side, declared with `defineMessages` in a file named `messages.ts` beside the code that says
 * it. Together those files are the catalogue; messages.test.ts checks every one of them (same
 * placeholders in both languages, none empty) and that no other file writes a bilingual text.
 *
 *   const WORDS = defineMessages('retries', { retry: { ko: '{seconds}초 뒤에 다시 시도합니다.', en: 'Trying again in {seconds} s.' } });
 *   new UpstreamError('UPSTREAM_RATE_LIMITED', { detail: fill(WORDS.retry, { seconds: 3 }) });
 *   say(WORDS.retry, 'ko', { seconds: 3 });
 *
 * Each message has an id (`section.name`). What is kept for later (a job's or a connection's
 * message) is kept as that id and its parameters (`storedWords`), and put in words when it is read,
 * in the reader's language (`readWords`), never as text already translated.
 */
import { LANGUAGES, LOCALES, type Language, type Localized } from '@aigenc/shared/language';
import { koreanClock } from '@aigenc/shared/domain';

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** A placeholder's value: the same in both languages, or its own in each (a service's name). */
export type Value = string | number | Localized;
type Values<M extends Localized> = Record<Placeholders<M['ko']> | Placeholders<M['en']>, Value>;
/** No argument for a message without placeholders; every placeholder's value for one with them. */
export type ParamsArg<M extends Localized> = [Placeholders<M['ko']> | Placeholders<M['en']>] extends [never]
  ? []
  : [params: Values<M>];

const IDS = new WeakMap<object, string>();
const BY_ID = new Map<string, Localized>();

/**
 * Declares a section of the catalogue, keeping each text's literal type (so placeholders are
 * checked). `section` names it: its messages' ids are `section.name` (messages.test.ts keeps them
 * unique). An id may be stored: rename a message only with a migration of what was kept.
 */
export function defineMessages<const M extends Record<string, Localized>>(section: string, messages: M): M {
  for (const [name, message] of Object.entries(messages)) {
    const id = `${section}.${name}`;
    IDS.set(message, id);
    BY_ID.set(id, message);
  }
  return messages;
}

/** The id of a catalogue message (undefined for a text that is not one). */
export function messageId(message: Localized): string | undefined {
  return IDS.get(message);
}

/** A message filled in, in both languages, remembering which message and parameters made it. */
export interface Words extends Localized {
  readonly ref?: { readonly id: string; readonly params: Readonly<Record<string, Value>> };
}

/** Words as they are kept: a message's id and parameters, or the vendor's own words (no message of ours). */
export type StoredWords = { id: string; params: Record<string, Value> } | { ko: string; en: string };

function substitute(text: string, language: Language, params: Readonly<Record<string, Value>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** The message with its placeholders filled in, still in both languages (an error's detail). */
export function fill<M extends Localized>(message: M, ...[params]: ParamsArg<M>): Words {
  const values: Readonly<Record<string, Value>> = params ?? {};
  const words = { ko: substitute(message.ko, 'ko', values), en: substitute(message.en, 'en', values) };
  const id = IDS.get(message);
  // Not enumerable: the words compare and serialise as the two texts they are.
  return id ? Object.defineProperty(words, 'ref', { value: { id, params: values }, enumerable: false }) : words;
}

/** Words to keep: the message's id and parameters when they came from the catalogue. */
export function storedWords(words: Localized): StoredWords {
  const ref = (words as Words).ref;
  if (!ref) return { ko: words.ko, en: words.en };
  const params = Object.fromEntries(
    Object.entries(ref.params).map(([name, value]) => [
      name,
      typeof value === 'object' ? { ko: value.ko, en: value.en } : value,
    ]),
  );
  return { id: ref.id, params };
}

/** Words read back from where they were kept; text that is neither form is old plain text, kept as such. */
export function parseStoredWords(text: string | null): StoredWords | string | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (typeof parsed['id'] === 'string' && parsed['params'] && typeof parsed['params'] === 'object')
      return { id: parsed['id'], params: parsed['params'] as Record<string, Value> };
    const [first, second] = [parsed[LANGUAGES[0]], parsed[LANGUAGES[1]]];
    if (typeof first === 'string' && typeof second === 'string')
      return { [LANGUAGES[0]]: first, [LANGUAGES[1]]: second } as StoredWords;
    return text;
  } catch {
    return text;
  }
}

/** Kept words in the reader's language; null for an id this version does not know. */
export function readWords(stored: StoredWords, language: Language): string | null {
  if ('id' in stored) {
    const message = BY_ID.get(stored.id);
    return message ? substitute(message[language], language, stored.params) : null;
  }
  return stored[language];
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
  const kst = koreanClock(ms);
  const minute = String(kst.minute).padStart(2, '0');
  const ko = `${kst.month}월 ${kst.day}일 ${kst.hour < 12 ? '오전' : '오후'} ${kst.hour % 12 || 12}:${minute}`;
  return { ko, en: new Date(ms).toISOString() };
}
