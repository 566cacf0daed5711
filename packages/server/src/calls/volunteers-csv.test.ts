import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './volunteers-csv.ts';

describe('volunteers CSV cells', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+33 6 12')).toBe(`"'+33 6 12"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
  });

  it('leaves ordinary text as it is, quoted, with quotes doubled and line breaks kept inside', () => {
    expect(csvCell('Avocate, droit du numérique')).toBe('"Avocate, droit du numérique"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvRow(['a', 'b\nc'])).toBe('"a","b\nc"\r\n');
  });
});
