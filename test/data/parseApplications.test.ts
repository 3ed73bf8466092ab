import { describe, expect, it } from 'vitest';
import { UserErrors } from '../../src/errors/UserError';
import { parseApplications } from '../../src/data/parseApplications';

const errorsOf = (text: string): string[] => {
  try {
    parseApplications(text, 'apps.csv');
  } catch (e) {
    if (e instanceof UserErrors) return e.errors.map((u) => `${u.where.file}:${u.where.line}:${u.where.column ?? ''}:${u.where.field ?? ''}:${u.code}`);
    throw e;
  }
  return [];
};

describe('parseApplications', () => {
  it('reads amounts as quansim does, with or without a BOM, CRLF, quoted cells and optional columns', () => {
    const text = '\uFEFFfirm,date,voucher,contract,executed,category,self_controlled,district\r\n'
      + 'A,2024-03-01,compute,120万,90%,domestic,是,shangcheng\r\n"B, Ltd",2024-02-29,corpus,"1,000,000",800000,,,\r\n';
    const rows = parseApplications(text, 'apps.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ firm: 'A', year: 2024, month: 3, day: 1, voucher: 'compute', contractFen: 120_000_000, executedBp: 9000, category: 'domestic', selfControlled: true, district: 'shangcheng', line: 2 });
    // executed as an amount: 800,000 of 1,000,000 = 80%
    expect(rows[1]).toMatchObject({ firm: 'B, Ltd', contractFen: 100_000_000, executedBp: 8000, line: 3 });
    expect(rows[1]!.category).toBeUndefined();
  });

  it('reports every bad cell at once, with its line and column', () => {
    const text = 'firm,date,voucher,contract,category\n'
      + 'A,2023-02-29,compute,12万,maas\n'   // no 29 Feb in 2023
      + ',2024-01-01,gpu,abc,\n'            // empty firm, bad voucher, bad amount
      + 'C,2024-01-02,corpus,5万,maas\n';    // a category on a corpus application
    expect(errorsOf(text)).toEqual([
      'apps.csv:2:2:date:data.bad-date',
      'apps.csv:3:1:firm:data.empty-cell',
      'apps.csv:3:3:voucher:data.bad-voucher',
      'apps.csv:3:4:contract:amount.unreadable',
      'apps.csv:4:5:category:data.category-not-compute',
    ]);
  });

  it('names missing and unknown columns in the header', () => {
    expect(errorsOf('firm,date,amount\nA,2024-01-01,5\n')).toEqual([
      'apps.csv:1:3:amount:data.unknown-column',
      'apps.csv:1::voucher:data.missing-column',
      'apps.csv:1::contract:data.missing-column',
    ]);
  });

  it('does not mutate its input and refuses a file without rows', () => {
    const text = Object.freeze('firm,date,voucher,contract\n');
    expect(() => parseApplications(text, 'x.csv')).toThrow(/no data rows/);
  });
});

describe('docs/applications.schema.json', () => {
  it('names the columns the parser reads, and requires the same ones', async () => {
    const { readFileSync } = await import('node:fs');
    const { APPLICATION_COLUMNS, REQUIRED_APPLICATION_COLUMNS } = await import('../../src/data/ApplicationRow');
    const schema = JSON.parse(readFileSync('docs/applications.schema.json', 'utf8')) as { properties: object; required: string[] };
    expect(Object.keys(schema.properties)).toEqual([...APPLICATION_COLUMNS]);
    expect(schema.required).toEqual([...REQUIRED_APPLICATION_COLUMNS]);
  });
});
