/** The page and reports speak Chinese first, and English. */
export type Lang = 'zh' | 'en';

/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Picks the text of `lang`. */
export function tr(text: Bilingual, lang: Lang): string {
  return text[lang];
}
