/**
 * Commander's help in Chinese: its headings (`Usage:`, `Options:`, …) and the choices and default it adds after a
 * description, from src/i18n/cliHelpChrome.ts. English help is commander's own, unchanged.
 */
import type { Argument, Help, Option } from 'commander';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { cliHelpChrome as W } from '../i18n/cliHelpChrome';

/** commander's headings, as it passes them to `styleTitle`. */
const TITLES: Record<string, Bilingual> = {
  'Usage:': W.usage,
  'Arguments:': W.arguments,
  'Options:': W.options,
  'Global Options:': W.globalOptions,
  'Commands:': W.commands,
};

/** The overrides of commander's Help for `lang` (none for English): `program.configureHelp(helpChrome(lang))`. */
export function helpChrome(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  return {
    styleTitle: (heading: string) => TITLES[heading]?.[lang] ?? heading,
    optionDescription: (option: Option) => described(option.description, optionExtras(option, lang), lang),
    argumentDescription: (argument: Argument) => described(argument.description, argumentExtras(argument, lang), lang),
  };
}

/** The choices of an option or argument, quoted as commander quotes them (JSON). */
const choicesOf = (choices: readonly string[], lang: Lang): string =>
  W.choices(choices.map((c) => JSON.stringify(c)).join(W.extrasJoin[lang]))[lang];

/** What commander's optionDescription adds, in `lang`: the same items, shown in the same cases. */
function optionExtras(option: Option, lang: Lang): string[] {
  const extras: string[] = [];
  if (option.argChoices) extras.push(choicesOf(option.argChoices, lang));
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault) extras.push(W.default(option.defaultValueDescription || JSON.stringify(option.defaultValue))[lang]);
  if (option.presetArg !== undefined && option.optional) extras.push(W.preset(JSON.stringify(option.presetArg))[lang]);
  if (option.envVar !== undefined) extras.push(W.env(option.envVar)[lang]);
  return extras;
}

/** What commander's argumentDescription adds, in `lang`. */
function argumentExtras(argument: Argument, lang: Lang): string[] {
  const extras: string[] = [];
  if (argument.argChoices) extras.push(choicesOf(argument.argChoices, lang));
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
