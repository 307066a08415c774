import { parse } from 'csv-parse/sync';
import { ApiException } from '@thidua/server/core';
import { cleanText } from '@thidua/shared/contracts';
import { assertUnzippedWithin, sniffSheet } from './sniff-file';

// read-excel-file ships a CommonJS build (node/index.cjs) but only ESM type declarations.
const { readSheet } = require('read-excel-file/node') as {
  readSheet: (input: Buffer) => Promise<unknown[][]>;
};

/** The cells of the first sheet as trimmed text, header row first. Throws a 4xx for a file that is not a readable sheet. */
export async function readRows(content: Buffer): Promise<string[][]> {
  const kind = sniffSheet(content);
  let rows: unknown[][];
  if (kind === 'xlsx') {
    assertUnzippedWithin(content);
    rows = await readSheet(content).catch(() => {
      throw new ApiException(400, 'import_file_type');
    });
  } else {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const delimiter =
      (text.split('\n', 1)[0].match(/;/g)?.length ?? 0) > (text.split('\n', 1)[0].match(/,/g)?.length ?? 0)
        ? ';'
        : ',';
    try {
      rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
    } catch {
      throw new ApiException(400, 'import_file_type');
    }
  }
  return rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? '' : cleanText(String(cell)))),
  );
}
