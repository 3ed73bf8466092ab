import { describe, expect, it } from 'vitest';
import { csvWithProvenance, provenanceLine, type Provenance } from '../../src/output/provenance';
import { svgWithFooter } from '../../src/output/svgWithFooter';

const p: Provenance = {
  scenario: { zh: '杭州市2024年算力券', en: 'Hangzhou 2024 compute voucher' }, scenarioId: 'hangzhou-2024',
  edited: false, runs: 1000, seed: '20240819', version: '0.1.0', date: '2026-12-05', illustrativePopulation: true,
};

describe('provenanceLine', () => {
  it('names scenario, edited or not, runs, seed, version, date and the illustrative population', () => {
    expect(provenanceLine(p, 'en')).toBe('Scenario: Hangzhou 2024 compute voucher · 1,000 runs · seed 20240819 · quansim 0.1.0 · 2026-12-05 · population: illustrative');
    expect(provenanceLine({ ...p, edited: true }, 'zh')).toBe('情景：杭州市2024年算力券（已修改） · 1,000次模拟 · 种子 20240819 · quansim 0.1.0 · 2026-12-05 · 申请企业：示意性假设');
    expect(provenanceLine({ ...p, illustrativePopulation: false }, 'en')).not.toContain('illustrative');
  });
  it('joins the scenarios of a comparison', () => {
    const b = { ...p, scenario: { zh: '情景B', en: 'B' }, edited: true };
    expect(provenanceLine([p, b], 'en')).toMatch(/^Scenario: Hangzhou 2024 compute voucher vs B \(edited\) · /);
  });
  it('says "edited" once when the title of an edited scenario already says it', () => {
    const t = { ...p, edited: true, scenario: { zh: '杭州市2024年算力券（已修改）', en: 'Hangzhou 2024 compute voucher (edited)' } };
    expect(provenanceLine(t, 'zh')).toMatch(/^情景：杭州市2024年算力券（已修改） · /);
    expect(provenanceLine(t, 'en')).toMatch(/^Scenario: Hangzhou 2024 compute voucher \(edited\) · /);
  });
  it('leads a CSV as a comment line', () => {
    expect(csvWithProvenance('a,b\r\n1,2', p, 'en').split('\r\n')).toEqual([`# ${provenanceLine(p, 'en')}`, 'a,b', '1,2']);
  });
});

describe('svgWithFooter', () => {
  it('grows the picture and writes the line, escaped, under it', () => {
    const svg = svgWithFooter('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><rect width="600" height="300"/></svg>', 'a < b & c');
    // one line at 10 px: 6 + 14 + 6 = 26 px more
    expect(svg).toContain('width="600" height="326" viewBox="0 0 600 326"');
    expect(svg).toContain('>a &lt; b &amp; c</text>');
    expect(svg.endsWith('</g></svg>')).toBe(true);
  });
  it('wraps a long line to the width', () => {
    const svg = svgWithFooter('<svg width="200" height="100" viewBox="0 0 200 100"></svg>', 'word '.repeat(40).trim());
    expect((svg.match(/<text /g) ?? []).length).toBeGreaterThan(2);
  });
  it('refuses what is not an SVG picture', () => {
    expect(() => svgWithFooter('<div></div>', 'x')).toThrow(/not an SVG/);
  });
});

describe('optionValueText', async () => {
  const { optionValueText } = await import('../../src/output/formatSummaryText');
  it('writes option values in words, not as typed', () => {
    expect(optionValueText('none', 'zh')).toBe('不设上限');
    expect(optionValueText('none', 'en')).toBe('no cap');
    expect(optionValueText('city=50%,district=50%', 'zh')).toBe('市级50%、区级50%');
    expect(optionValueText('city=50%,district=50%', 'en')).toBe('city 50%, district 50%');
    expect(optionValueText('2000万', 'en')).toBe('20 million yuan');
    expect(optionValueText('literal', 'en')).toBe('literal');
  });
});
