/**
 * The labels an Accumulator carries so that its summary can be read on its own: schemes (label, level, kind,
 * vouchers) and the label of every group value (tiers from the population model, compute categories of
 * 000 （三）, the three vouchers, the districts the rules name).
 */
import type { GroupDim, RunShape } from '../record/RunRecord';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { groupValueLabels } from '../i18n/statsWords';
import type { RuleSet } from '../policy/model';
import type { Level, Voucher } from '../vocabulary';

export interface SchemeMeta {
  id: string;
  label: Bilingual;
  level: Level;
  kind: 'grant' | 'topup';
  vouchers: Voucher[];
}

export interface GroupValueMeta {
  key: string;
  label: Bilingual;
}

export interface AccumulatorMeta {
  /** In the order of RunShape.schemeIds. */
  schemes: SchemeMeta[];
  /** In the order of RunShape.groups. */
  groups: Record<GroupDim, GroupValueMeta[]>;
}

/** Names of the compute categories (000 （三）) and vouchers as the reports show them. */
const FIXED_LABELS: Record<string, Bilingual> = {
  maas: groupValueLabels.maas,
  domestic: groupValueLabels.domestic,
  other: groupValueLabels.other,
  compute: messages.voucherName('compute'),
  corpus: messages.voucherName('corpus'),
  model: messages.voucherName('model'),
  '(none)': groupValueLabels.none,
};

/**
 * Builds the meta of a year's accumulator from the rules, the population's tiers and the run shape.
 * District ids have no published names: they are shown as their ids unless `districtLabels` names them.
 * @throws Error when the shape names a scheme or tier the rules or tiers do not have (a bug)
 */
export function accumulatorMeta(
  rules: RuleSet,
  tiers: ReadonlyArray<{ id: string; label: Bilingual }>,
  shape: RunShape,
  districtLabels: Record<string, Bilingual> = {},
): AccumulatorMeta {
  const schemes = shape.schemeIds.map((id): SchemeMeta => {
    const s = rules.schemes.find((x) => x.id === id);
    if (!s) throw new Error(`run shape names an unknown scheme ${id}`);
    return { id, label: s.label, level: s.level, kind: s.kind, vouchers: s.kind === 'grant' ? [s.voucher] : [...s.vouchers] };
  });
  const fixed = (key: string): GroupValueMeta => ({ key, label: FIXED_LABELS[key] ?? { zh: key, en: key } });
  return {
    schemes,
    groups: {
      tier: shape.groups.tier.map((key) => {
        const t = tiers.find((x) => x.id === key);
        if (!t) throw new Error(`run shape names an unknown tier ${key}`);
        return { key, label: t.label };
      }),
      category: shape.groups.category.map(fixed),
      voucher: shape.groups.voucher.map(fixed),
      district: shape.groups.district.map((key) =>
        districtLabels[key] ? { key, label: districtLabels[key] } : fixed(key),
      ),
    },
  };
}
