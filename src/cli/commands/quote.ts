import { defaultLang } from '../options';
import { Option } from 'commander';
import { resolve } from 'node:path';
import { userErrorsOf, UserErrors, type UserError } from '../../errors/UserError';
import type { Lang } from '../../i18n/Bilingual';
import { messages } from '../../i18n/messages';
import { parseAmount } from '../../money/parseAmount';
import { formatQuote } from '../../policy/formatQuote';
import { loadPolicy } from '../../policy/loadPolicy';
import { type Application, type FirmYearState, type RuleSet } from '../../policy/model';
import type { PolicyDocument } from '../../policy/policySchema';
import { compiledRulesOf, quote } from '../../policy/quote';
import { quoteToJson } from '../../policy/quoteToJson';
import { resolveRules } from '../../policy/resolveRules';
import { parseDay } from '../../time/day';
import { readTextFile } from '../../yaml/loadYamlFile';
import type { Io } from '../io';
import { UsageError } from '../program';
import { commandDescription, type RegisterCommand } from './index';
import { COMPUTE_CATEGORIES, VOUCHERS, type ComputeCategory, type Voucher } from '../../vocabulary';
import { cliHelp } from '../../i18n/cliHelp';

interface QuoteFlags {
  date: string;
  voucher: Voucher;
  contract: string;
  executed?: string;
  category?: ComputeCategory;
  selfControlled?: boolean;
  foundationModel?: boolean;
  sme?: boolean;
  district?: string;
  received: string[];
  poolRemaining: string[];
  poolMode: 'partial' | 'strict';
  option: string[];
  lang: Lang;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * `quansim quote <policy files...> --date D --voucher V --contract A [...]`: what one application receives
 * under the loaded policies (quote()), as a table with reasons or as JSON. Usage problems exit 2, invalid
 * data (amounts, dates, policy files, options) exit 1 with every message.
 */
export const registerQuote: RegisterCommand = (program, io, helpLang) => {
  program
    .command('quote')
    .description(commandDescription('quote', helpLang))
    .argument('<policies...>', cliHelp.policiesArg[helpLang])
    .requiredOption('--date <YYYY-MM-DD>', cliHelp.date[helpLang])
    .addOption(new Option('--voucher <voucher>', cliHelp.voucher[helpLang]).choices(VOUCHERS).makeOptionMandatory())
    .requiredOption('--contract <amount>', cliHelp.contract[helpLang])
    .option('--executed <amount>', cliHelp.executed[helpLang])
    .addOption(new Option('--category <category>', cliHelp.category[helpLang]).choices(COMPUTE_CATEGORIES))
    .option('--self-controlled', cliHelp.selfControlled[helpLang])
    .option('--foundation-model', cliHelp.foundationModel[helpLang])
    .option('--sme', cliHelp.sme[helpLang])
    .option('--district <name>', cliHelp.district[helpLang])
    .option('--received <amount|SCHEME=AMOUNT>', cliHelp.received[helpLang], collect, [])
    .option('--pool-remaining <SCHEME=AMOUNT>', cliHelp.poolRemaining[helpLang], collect, [])
    .addOption(new Option('--pool-mode <mode>', cliHelp.poolMode[helpLang]).choices(['partial', 'strict']).default('partial'))
    .option('--option <KEY=VALUE>', cliHelp.option[helpLang], collect, [])
    .addOption(new Option('--lang <lang>', cliHelp.langOfQuote[helpLang]).choices(['en', 'zh']).default(defaultLang(io.env), cliHelp.langDefaultFrom[helpLang]))
    .option('--json', cliHelp.jsonQuote[helpLang])
    .action((files: string[], flags: QuoteFlags) => runQuote(files, flags, io));
};

function runQuote(files: string[], flags: QuoteFlags, io: Io): void {
  const lang = flags.lang;
  const options = keyValues('--option', flags.option, lang);
  const pools = keyValues('--pool-remaining', flags.poolRemaining, lang);
  if (flags.category !== undefined && flags.voucher !== 'compute') throw new UsageError(messages.cliCategoryNotCompute(flags.voucher)[lang]);

  const rules = resolveRules(loadAll(files, io), { options });
  if (flags.voucher === 'compute' && flags.category === undefined) {
    const needing = rules.schemes.filter((s) => s.kind === 'grant' && s.voucher === 'compute' && s.ratios.some((r) => r.when.category !== undefined));
    if (needing.length) throw new UsageError(messages.cliCategoryRequired(needing.map((s) => s.id))[lang]);
  }

  // Data problems are gathered and reported together (exit 1).
  const errors: UserError[] = [];
  const attempt = <T>(field: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      const found = userErrorsOf(e);
      if (!found) throw e;
      errors.push(...found.map((u) => u.at({ field })));
      return undefined;
    }
  };
  const date = attempt('--date', () => parseDay(flags.date));
  const contractFen = attempt('--contract', () => parseAmount(flags.contract));
  const executedFen = flags.executed === undefined ? contractFen : attempt('--executed', () => parseAmount(flags.executed!));
  const state: FirmYearState = { receivedFen: {}, poolRemainingFen: {} };
  let plainReceived = false;
  for (const text of flags.received) {
    const eq = text.lastIndexOf('=');
    if (eq < 0) {
      if (plainReceived) throw new UsageError(messages.cliRepeated('--received', 'AMOUNT')[lang]);
      plainReceived = true;
      // grants from schemes not named: they count against the caps only as stacking.cap-counting says (quote() refuses
      // them when each scheme's cap counts its own grants only, as the engine does)
      const fen = attempt('--received', () => parseAmount(text));
      if (fen !== undefined) state.receivedAnyFen = fen;
      continue;
    }
    const [id, fen] = keyValue('--received', text, lang);
    const parsed = attempt(`--received ${id}`, () => parseAmount(fen));
    if (parsed !== undefined) state.receivedFen![id] = parsed;
  }
  for (const [id, text] of Object.entries(pools)) {
    const fen = attempt(`--pool-remaining ${id}`, () => parseAmount(text));
    if (fen !== undefined) state.poolRemainingFen![id] = fen;
  }
  if (errors.length) throw new UserErrors(errors);

  const app: Application = {
    date: date!,
    voucher: flags.voucher,
    contractFen: contractFen!,
    executedFen: executedFen!,
    ...(flags.category ? { category: flags.category } : {}),
    selfControlled: flags.selfControlled === true,
    foundationModel: flags.foundationModel === true,
    sme: flags.sme === true,
    district: flags.district ?? null,
  };
  noteUnknownDistrict(rules, app.district, lang, io);
  const q = quote(rules, app, state, { poolMode: flags.poolMode });
  if (flags.json) io.out(`${JSON.stringify(quoteToJson(q, app, lang, state, flags.poolMode), null, 2)}\n`);
  else io.out(formatQuote(q, app, lang, state, flags.poolMode));
}

/** Loads every policy file, named relative to the working directory; all problems of all files at once. */
function loadAll(files: readonly string[], io: Io): PolicyDocument[] {
  const docs: PolicyDocument[] = [];
  const errors: UserError[] = [];
  for (const file of files) {
    try {
      docs.push(loadPolicy(readFile(resolve(io.cwd, file), file), file));
    } catch (e) {
      const found = userErrorsOf(e);
      if (!found) throw e;
      errors.push(...found);
    }
  }
  if (errors.length) throw new UserErrors(errors);
  return docs;
}

function readFile(path: string, shown: string): string {
  try {
    return readTextFile(path);
  } catch (e) {
    const found = userErrorsOf(e);
    if (found?.length === 1) throw found[0]!.at({ file: shown });
    throw e;
  }
}

/** `KEY=VALUE` flags into a record; a malformed or repeated key is a usage error. */
function keyValues(flag: string, texts: readonly string[], lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    const [k, v] = keyValue(flag, text, lang);
    if (k in out) throw new UsageError(messages.cliRepeated(flag, k)[lang]);
    out[k] = v;
  }
  return out;
}

function keyValue(flag: string, text: string, lang: Lang): [string, string] {
  const eq = text.indexOf('=');
  const k = eq < 0 ? '' : text.slice(0, eq).trim();
  const v = eq < 0 ? '' : text.slice(eq + 1).trim();
  if (!k || !v) throw new UsageError(messages.cliKeyValue(flag, text, flag === '--option' ? 'KEY=VALUE' : 'SCHEME=AMOUNT')[lang]);
  return [k, v];
}

/** A district no rule names is legal (the firm is simply in none of them), but likely a typo: say so on stderr. */
function noteUnknownDistrict(rules: RuleSet, district: string | null, lang: Lang, io: Io): void {
  if (district === null) return;
  const c = compiledRulesOf(rules);
  if (c.districtIndex(district) < 0) io.err(`${messages.quoteUnknownDistrict(district, c.districts)[lang]}\n`);
}
