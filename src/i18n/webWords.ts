/**
 * Words of the page (src/web) kept apart from pageStrings: the data card (fitting applications, resampling them,
 * backtesting payments) and the paired differences the page leads with. Each entry is a text in both languages, or
 * takes the figures already written for people and gives the text in both.
 */
import type { Bilingual } from './Bilingual';

/** The data card (src/web/dataPanel.ts). */
export const dataPanelWords = {
  title: { zh: '从申请数据拟合企业群体', en: 'Fit the firms to your applications' },
  privacy: {
    zh: '文件只在本浏览器中读取和拟合，不会上传；分享链接只包含拟合的企业群体，不含任何申请记录。',
    en: 'The file is read and fitted in this browser only, never uploaded; a share link holds the fitted population, never the rows.',
  },
  pick: { zh: '选择或拖入申请数据 CSV', en: 'Choose or drop an applications CSV' },
  format: { zh: '列：firm, date, voucher, contract（必需）及 executed, tier, category 等，见 docs/data.md。', en: 'Columns: firm, date, voucher, contract (required), and executed, tier, category… (docs/data.md).' },
  /** `years` is listed in each language. */
  fitted: (file: string, rows: string, years: Bilingual, firms: string, tiers: string): Bilingual => ({
    zh: `已用 ${file} 拟合（${rows} 份申请，${years.zh} 年），并替换主情景的企业群体：每年约 ${firms} 家企业考虑申请，${tiers} 类企业。`,
    en: `Fitted to ${file} (${rows} applications, ${years.en}) and put in place of the main scenario's firms: about ${firms} firms a year consider applying, ${tiers} tiers.`,
  }),
  problems: { zh: '文件有问题（未拟合）：', en: 'Problems in the file (nothing fitted):' },
  mode: { zh: '企业群体：', en: 'Firms:' },
  modeFitted: { zh: '按拟合的分布抽样', en: 'drawn from the fitted laws' },
  modeResample: { zh: '重抽样历年企业（整家企业连同其申请）', en: 'resampled past firm-years (whole firms with their applications)' },
  /** `years` is listed in each language. */
  resampled: (file: string, rows: string, years: Bilingual): Bilingual => ({
    zh: `已改为从 ${file} 重抽样（${rows} 份申请，${years.zh} 年）：每年的申请企业整家抽自这些历年企业。申请记录只保存在本页内存中，分享链接不含它们，在别处打开会提示缺少文件。`,
    en: `Now resampling ${file} (${rows} applications, ${years.en}): each year's applicants are past firm-years drawn whole. The rows stay in this page's memory; a share link does not hold them and, opened elsewhere, reports the file missing.`,
  }),
  paymentsTitle: { zh: '回测：实际支付与模拟对照', en: 'Backtest: actual payments against the simulation' },
  pickPayments: { zh: '选择或拖入支付数据 CSV', en: 'Choose or drop a payments CSV' },
  paymentsFormat: { zh: '列：date, paid（必需）及 scheme，见 docs/data.md；与主情景的模拟结果对照。', en: 'Columns: date, paid (required) and scheme (docs/data.md); compared with the main scenario\'s results.' },
  paymentsWaiting: { zh: '模拟完成后显示回测。', en: 'The backtest is shown once the simulation has run.' },
  paymentsProblems: { zh: '文件有问题（未回测）：', en: 'Problems in the file (no backtest):' },
};

/** The rows of paired differences (src/web/pairedDifferences.ts); the money paid is reportWords.paidMean. */
export const differenceWords = {
  unmetMean: { zh: '未满足需求（均值）', en: 'Unmet demand (mean)' },
  firmsRefusedMean: { zh: '被拒企业数（均值）', en: 'Firms refused (mean)' },
  exhaustedByYearEnd: (scheme: Bilingual): Bilingual => ({
    zh: `${scheme.zh}：年底前用完的概率`,
    en: `${scheme.en}: chance the pool runs out by year end`,
  }),
  /** A signed number of percentage points, no space in Chinese: `+1.2个百分点`, `+1.2 pp`. */
  signedPoints: (x: string): Bilingual => ({ zh: `${x}个百分点`, en: `${x} pp` }),
};
