import type { Context } from 'hono';

export type Lang = 'fr' | 'en';
export type Bilingual = { fr: string; en: string };

/** The request's language from `Accept-Language` (first of fr/en in preference order; default en). */
export function requestLanguage(header: string | undefined | null): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'fr' || tag.startsWith('fr-')) return 'fr';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function langOf(c: Context): Lang {
  return requestLanguage(c.req.header('accept-language'));
}
