/** The two languages of the product, Korean first. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages. */
export interface Localized {
  readonly ko: string;
  readonly en: string;
}

/**
 * The locale each language formats dates, numbers and month names in: the one list (the extension,
 * the setup page, the CLI and the companion's messages all read it).
 */
export const LOCALES: Readonly<Record<Language, string>> = { ko: 'ko-KR', en: 'en-US' };

/** Each language's name in itself, for a language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { ko: '한국어', en: 'English' };
