import { Unzip, UnzipInflate } from 'fflate';
import { ApiException } from '@thidua/server/core';

export type SheetKind = 'xlsx' | 'csv';

/** What a spreadsheet may unpack to at most: a 20,000-row sheet stays far below it. */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Decides the kind from the bytes, never from the file name: a .xlsx is a zip with a workbook in it. */
export function sniffSheet(content: Buffer): SheetKind {
  if (ZIP_MAGIC.every((byte, i) => content[i] === byte)) {
    const head = content.subarray(0, Math.min(content.length, 64 * 1024)).toString('latin1');
    if (head.includes('[Content_Types].xml') || head.includes('xl/')) return 'xlsx';
    throw new ApiException(400, 'import_file_type');
  }
  if (content.includes(0)) throw new ApiException(400, 'import_file_type');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ApiException(400, 'import_file_type');
  }
  return 'csv';
}

/**
 * Inflates every entry of a zip while counting the bytes it really produces (declared sizes can
 * lie) and stops at the limit: a zip bomb is refused before any parser unpacks it.
 */
export function assertUnzippedWithin(content: Buffer, limit = MAX_UNZIPPED_BYTES): void {
  let total = 0;
  let tooLarge = false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit && !tooLarge) {
        tooLarge = true;
        file.terminate();
      }
    };
    if (!tooLarge) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 64 * 1024;
    for (let offset = 0; offset < content.length && !tooLarge; offset += step) {
      unzip.push(content.subarray(offset, offset + step), offset + step >= content.length);
    }
  } catch {
    throw new ApiException(400, 'import_file_type');
  }
  if (tooLarge)
    throw new ApiException(413, 'import_file_too_large', { limit: `${Math.round(limit / 1024 / 1024)} MB` });
}
