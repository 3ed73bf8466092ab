/** Present mode's large type: the compiled chart (Vega) carries the sizes presentSpec asks for. */
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { budgetExhaustion } from '../../src/charts';
import { forPage } from '../../src/web/chartsView';
import { PRESENT_TYPE, presentSpec } from '../../src/web/presentSpec';
import { goldenSummaries } from '../charts/goldenSummaries';

describe('presentSpec', () => {
  it("sets title, axis and legend type large, over the page's own title size", () => {
    const page = forPage(budgetExhaustion(goldenSummaries().a, 'zh'), 700);
    const vg = JSON.stringify(compile(presentSpec(page)).spec);
    expect(vg).toContain(`"labelFontSize":${PRESENT_TYPE.label}`);
    expect(vg).toContain(`"titleFontSize":${PRESENT_TYPE.axisTitle}`);
    expect(vg).toContain(`"fontSize":${PRESENT_TYPE.title}`);
    expect(JSON.stringify(page)).not.toContain(`"labelFontSize":${PRESENT_TYPE.label}`);
  });
});
