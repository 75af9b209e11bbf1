/** Picks Korean or English for a person-facing text from Accept-Language; Korean by default. */
import type { IncomingMessage } from 'node:http';
import type { Language } from '@aigenc/shared/language';

export type { Language } from '@aigenc/shared/language';

export function pickLanguage(header: string | undefined): Language {
  if (!header) return 'ko';
  let best: { lang: Language; q: number } = { lang: 'ko', q: -1 };
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.startsWith('ko') ? 'ko' : tag.startsWith('en') ? 'en' : null;
    if (lang && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}

export function requestLanguage(req: IncomingMessage): Language {
  return pickLanguage(req.headers['accept-language']);
}
