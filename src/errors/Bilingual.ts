/**
 * The two languages and a text in both, at the bottom of the layers so that errors (and money's formatting) can
 * name them without importing the catalogues of src/i18n, which sit above and import money. `i18n/Bilingual`
 * re-exports them.
 */

/** The page and reports speak Chinese first, and English. */
export type Lang = 'zh' | 'en';

/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}
