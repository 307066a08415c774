import { ORG_IMPORT_COLUMNS } from '@thidua/shared/contracts';
import { csvCell, importTemplateCsv } from './import-template';

describe('import template', () => {
  it('has the ORG_IMPORT_COLUMNS header and two Vietnamese example rows', () => {
    const csv = importTemplateCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(ORG_IMPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Công đoàn phường Ninh Hòa');
    expect(lines[2]).toContain(
      'CDCS-0001,Công đoàn cơ sở Công ty TNHH Hải sản Nha Trang,grassroots_union,CDX-NINH-HOA',
    );
    expect(lines[2]).toContain('"Số 12 Trần Quý Cáp, phường Ninh Hòa, tỉnh Khánh Hòa"');
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    expect(csvCell('a')).toBe('a');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});
