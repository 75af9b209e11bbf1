/**
 * Keywords as Naver Search Ad accepts them: no whitespace (a hint with a space is refused with
 * 400), Latin letters upper-cased (as the keyword tool answers them).
 */

/** Trims and folds inner whitespace for display: "  무선   이어폰 " → "무선 이어폰". */
export function cleanKeyword(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The form sent to Search Ad and used as the cache key: "무선 이어폰 pro" → "무선이어폰PRO". */
export function normalizeKeyword(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}
