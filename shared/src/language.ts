/** The two languages of the product, Korean first. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages. */
export interface Localized {
  readonly ko: string;
  readonly en: string;
}
