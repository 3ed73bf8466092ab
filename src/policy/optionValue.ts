import { UserError } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { outputWords } from '../i18n/outputWords';
import { policyWords } from '../i18n/policyWords';
import { BP_ONE, type BasisPoints, type Fen } from '../money/fen';
import { formatRatio } from '../i18n/formatMoney';
import { parseAmount } from '../money/parseAmount';
import { parseRatio } from '../money/parseRatio';
import { parseDay, type Day } from '../time/day';
import { LEVELS, type Level } from '../vocabulary';

export const OPTION_TYPES = ['choice', 'money', 'money-or-none', 'ratio', 'split', 'date'] as const;
/** What an ambiguity option holds; its value is always typed as text (`--option key=value`). */
export type OptionType = (typeof OPTION_TYPES)[number];

/** Shares by paying level, in basis points summing to 10,000. */
export type LevelShares = Record<Level, BasisPoints>;

/** An option's value once read. */
export type OptionValue =
  | { type: 'choice'; value: string }
  | { type: 'money'; value: Fen }
  | { type: 'money-or-none'; value: Fen | null }
  | { type: 'ratio'; value: BasisPoints }
  | { type: 'split'; value: LevelShares }
  | { type: 'date'; value: Day };

/**
 * Reads an option value as typed on a command line or in a YAML `default`:
 * `none`, `2000万`, `25%`, `city=50%,district=50%`, `2024-01-01`, or one of a choice's values.
 * @throws UserError from the underlying parser (parseAmount, parseRatio, parseDay) or for a bad choice/split
 * @example parseOptionValue({type: 'money-or-none'}, 'none') // {type: 'money-or-none', value: null}
 */
export function parseOptionValue(def: { type: OptionType; choices?: readonly string[] }, text: string): OptionValue {
  const t = text.trim();
  switch (def.type) {
    case 'choice': {
      const choices = def.choices ?? [];
      if (!choices.includes(t)) throw new UserError('option.not-a-choice', messages.notAChoice());
      return { type: 'choice', value: t };
    }
    case 'money':
      return { type: 'money', value: parseAmount(t) };
    case 'money-or-none':
      return { type: 'money-or-none', value: t === 'none' ? null : parseAmount(t) };
    case 'ratio':
      return { type: 'ratio', value: parseRatio(t) };
    case 'split':
      return { type: 'split', value: parseSplit(t) };
    case 'date':
      return { type: 'date', value: parseDay(t) };
  }
}

/**
 * Reads `city=50%,district=50%` into shares by level (absent levels pay nothing).
 * @throws UserError when a part is not `level=ratio` or the shares do not add up to 100%
 */
export function parseSplit(text: string): LevelShares {
  const shares: LevelShares = { province: 0, city: 0, district: 0 };
  const seen = new Set<string>();
  for (const part of text.split(/[,，]/)) {
    const m = /^\s*([a-z]+)\s*[=:]\s*(.+?)\s*$/.exec(part);
    const level = m?.[1] as Level | undefined;
    if (!m || !level || !LEVELS.includes(level) || seen.has(level)) throw new UserError('split.unreadable', messages.splitUnreadable(text));
    seen.add(level);
    shares[level] = parseRatio(m[2]!);
  }
  checkSplitSum(shares, text);
  return shares;
}

/** Throws when shares by level do not add up to exactly 100% (10,000 bp). */
export function checkSplitSum(shares: LevelShares, shown: string): void {
  const sum = shares.province + shares.city + shares.district;
  if (sum !== BP_ONE) throw new UserError('split.sum', messages.splitSum(shown, formatRatio(sum)));
}

/** What an option accepts, for messages and for `ResolvedOption.accepts`. */
export function optionAccepts(def: { type: OptionType; choices?: readonly string[] }): Bilingual {
  switch (def.type) {
    case 'choice':
      return policyWords.acceptsChoice(outputWords.listed(def.choices ?? []));
    case 'money':
      return policyWords.acceptsMoney;
    case 'money-or-none':
      return policyWords.acceptsMoneyOrNone;
    case 'ratio':
      return policyWords.acceptsRatio;
    case 'split':
      return policyWords.acceptsSplit;
    case 'date':
      return policyWords.acceptsDate;
  }
}

/** A syntactically valid value of the option's type, shown in "option required" messages. */
export function optionExample(def: { type: OptionType; choices?: readonly string[] }): string {
  switch (def.type) {
    case 'choice':
      return def.choices?.[0] ?? '';
    case 'money':
      return '500万元'; // a value parseAmount reads, the same in both languages
    case 'money-or-none':
      return 'none';
    case 'ratio':
      return '20%';
    case 'split':
      return 'city=50%,district=50%';
    case 'date':
      return '2025-01-01';
  }
}
