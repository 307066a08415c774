import { PlanImportResult } from '@thidua/shared/contracts';
import mammoth from 'mammoth';
import { PlanDocumentError } from './errors';
import { normaliseText } from './normalise';
import { parsePlanText, ParsePlanOptions } from './parse-plan';

/** The longest text the importer reads (characters after extraction). */
export const PLAN_TEXT_MAX_LENGTH = 200_000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const isZip = (file: Buffer) => ZIP_MAGIC.every((byte, i) => file[i] === byte);

const unsupported = (fileName: string, why: string) =>
  new PlanDocumentError(
    'plan_import_unsupported_file',
    `${fileName}: ${why}; only .docx, .txt and .md are read.`,
  );

async function docxText(file: Buffer, fileName: string): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: file });
    return result.value;
  } catch (error) {
    throw unsupported(fileName, `not a Word document (${(error as Error).message})`);
  }
}

function plainText(file: Buffer, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw unsupported(fileName, 'the content is neither a .docx nor UTF-8 text');
  }
  if (text.includes('\u0000')) throw unsupported(fileName, 'the content is binary, not text');
  return text;
}

/**
 * The text of a plan document. The content decides the format, not the name: a zip (`PK\x03\x04`) is
 * read as .docx with mammoth, anything else must be UTF-8 text without NUL bytes (.txt, .md).
 * The text is NFC-normalised with LF line ends and no byte-order mark.
 */
export async function extractPlanText(file: Buffer, fileName: string): Promise<string> {
  const raw = isZip(file) ? await docxText(file, fileName) : plainText(file, fileName);
  const text = normaliseText(raw);
  if (text.length > PLAN_TEXT_MAX_LENGTH) {
    throw new PlanDocumentError(
      'plan_import_too_long',
      `${fileName}: ${text.length} characters; at most ${PLAN_TEXT_MAX_LENGTH} are imported.`,
    );
  }
  return text;
}

/** Extracts the text of a .docx/.txt/.md plan and parses it into a draft. */
export async function importPlanDocument(
  file: Buffer,
  fileName: string,
  options: ParsePlanOptions = {},
): Promise<PlanImportResult> {
  const text = await extractPlanText(file, fileName);
  if (!text.trim())
    throw new PlanDocumentError('plan_import_empty', `${fileName}: the document has no text.`);
  return parsePlanText(text, options);
}
