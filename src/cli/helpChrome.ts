/**
 * Commander's help in Chinese: its headings (`Usage:`, `Options:`, …) and the choices and default it adds after a
 * description, from src/i18n/cliHelpChrome.ts. English help is commander's own, unchanged.
 */
import type { Argument, Help, Option } from 'commander';
import type { Lang } from '../i18n/Bilingual';
import { cliHelpChrome as W } from '../i18n/cliHelpChrome';

/** commander's headings, as it passes them to `styleTitle`. */
const TITLES: Record<string, keyof typeof W> = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Global Options:': 'globalOptions',
  'Commands:': 'commands',
};

/** The overrides of commander's Help for `lang` (none for English): `program.configureHelp(helpChrome(lang))`. */
export function helpChrome(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  const title = (heading: string): string => {
    const key = TITLES[heading];
    const words = key === undefined ? null : W[key];
    return words !== null && typeof words === 'object' && 'zh' in words ? words[lang] : heading;
  };
  return {
    styleTitle: title,
    optionDescription: (option: Option) => described(option.description, optionExtras(option, lang), lang),
    argumentDescription: (argument: Argument) => described(argument.description, argumentExtras(argument, lang), lang),
  };
}

/** What commander's optionDescription adds, in `lang`: the same items, shown in the same cases. */
function optionExtras(option: Option, lang: Lang): string[] {
  const extras: string[] = [];
  if (option.argChoices) extras.push(W.choices(option.argChoices.map((c) => JSON.stringify(c)).join(W.extrasJoin[lang]))[lang]);
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault) extras.push(W.default(option.defaultValueDescription || JSON.stringify(option.defaultValue))[lang]);
  if (option.presetArg !== undefined && option.optional) extras.push(W.preset(JSON.stringify(option.presetArg))[lang]);
  if (option.envVar !== undefined) extras.push(W.env(option.envVar)[lang]);
  return extras;
}

/** What commander's argumentDescription adds, in `lang`. */
function argumentExtras(argument: Argument, lang: Lang): string[] {
  const extras: string[] = [];
  if (argument.argChoices) extras.push(W.choices(argument.argChoices.map((c) => JSON.stringify(c)).join(W.extrasJoin[lang]))[lang]);
  if (argument.defaultValue !== undefined) {
    extras.push(W.default(argument.defaultValueDescription || JSON.stringify(argument.defaultValue))[lang]);
  }
  return extras;
}

function described(description: string, extras: string[], lang: Lang): string {
  if (extras.length === 0) return description;
  const tail = W.extras(extras.join(W.extrasJoin[lang]))[lang];
  return description ? `${description}${tail}` : tail.trim();
}
