import { isCalendarDate } from '@jangkau/shared-domain';

/** The languages the API answers in; Bahasa Indonesia is the default. */
export type Language = 'id' | 'en';

export const DEFAULT_LANGUAGE: Language = 'id';

/** Picks the caller's language from an Accept-Language header: English only when it is preferred over Indonesian. */
export function languageFromHeader(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return DEFAULT_LANGUAGE;
  const ranked = value
    .split(',')
    .map((part, index) => {
      // split gives at least one part.
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}

export type Messages = Record<Language, string>;

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

const LONG_DATE: Record<Language, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date as people write it in a sentence: "10 Maret 2026", "10 March 2026". */
export function longDate(date: string, language: Language): string {
  return LONG_DATE[language].format(new Date(`${date}T00:00:00Z`));
}

/** Message params with every calendar date (YYYY-MM-DD) written out in the language; other values as they are. */
export function readableParams(params: Record<string, string | number>, language: Language): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isCalendarDate(value) ? longDate(value, language) : value]));
}
