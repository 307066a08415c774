import { ORG_IMPORT_COLUMNS } from '@thidua/shared/contracts';

type Column = (typeof ORG_IMPORT_COLUMNS)[number];

/** Two example rows, in Vietnamese: a commune union and a grassroots union under it. */
export const TEMPLATE_ROWS: ReadonlyArray<Record<Column, string>> = [
  {
    code: 'CDX-NINH-HOA',
    name: 'Công đoàn phường Ninh Hòa',
    type: 'commune_union',
    parent_code: 'LDLD-KH',
    address: 'Số 1 Trần Phú, phường Ninh Hòa, tỉnh Khánh Hòa',
    member_count: '2450',
  },
  {
    code: 'CDCS-0001',
    name: 'Công đoàn cơ sở Công ty TNHH Hải sản Nha Trang',
    type: 'grassroots_union',
    parent_code: 'CDX-NINH-HOA',
    address: 'Số 12 Trần Quý Cáp, phường Ninh Hòa, tỉnh Khánh Hòa',
    member_count: '120',
  },
];

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The import template as CSV text: the header row names ORG_IMPORT_COLUMNS in order. It starts with
 * a byte-order mark so Excel opens the Vietnamese text as UTF-8.
 */
export function importTemplateCsv(): string {
  const lines = [
    ORG_IMPORT_COLUMNS.join(','),
    ...TEMPLATE_ROWS.map((row) => ORG_IMPORT_COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Makes the browser save the template as `mau-nhap-co-cau-to-chuc.csv`. */
export function downloadImportTemplate(doc: Document): void {
  const url = URL.createObjectURL(new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = 'mau-nhap-co-cau-to-chuc.csv';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url));
}
