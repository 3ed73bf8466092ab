export type { Bilingual, Lang } from '../errors/Bilingual';
import type { Bilingual, Lang } from '../errors/Bilingual';

/** Picks the text of `lang`. */
export function tr(text: Bilingual, lang: Lang): string {
  return text[lang];
}
