/**
 * The Naver Search document types the product counts for a keyword, in the order every screen,
 * export and formula lists them: the one list (the saturation rule picks from it).
 */
export const DOCUMENT_TYPES = ['blog', 'cafearticle', 'webkr', 'news'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
