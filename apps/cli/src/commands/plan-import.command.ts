import { PlanImportResult } from '@thidua/shared/contracts';
import { importPlanDocument, PlanDocumentError } from '@thidua/shared/plan-document';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface PlanImportOptions {
  /** Only parse and print; the database path lives in the API. */
  dryRun?: boolean;
  /** Print the whole PlanImportResult as JSON. */
  json?: boolean;
}

/** Exit code when saving was asked for: the CLI does not write plans, the API does. */
export const PLAN_IMPORT_NEEDS_API = 2;

const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function write(text: string): Promise<void> {
  return new Promise((done, fail) => process.stdout.write(text, (error) => (error ? fail(error) : done())));
}

/** A human summary: what was recognised, how many of each, and what was left over. */
export function planImportSummary(file: string, result: PlanImportResult): string {
  const { draft } = result;
  const number = draft.docNo === null ? `…/${draft.docSymbol}` : `${draft.docNo}/${draft.docSymbol}`;
  const lines = [
    `${file}`,
    `  Number ${draft.docSymbol ? number : '—'} · ${draft.place || '—'}, ${draft.issuedDate ?? '—'} · year ${draft.year}`,
    `  Title  ${draft.title || '—'}`,
    `  Recognised (${result.recognised.length}/${result.recognised.length + result.missing.length}): ${result.recognised.join(', ') || '—'}`,
    `  Missing: ${result.missing.join(', ') || 'none'}`,
    `  Bases ${draft.bases.length} · purposes ${draft.purposes.length} · content items ${draft.contentItems.length} · ` +
      `movements ${draft.movements.length} · phases ${draft.phases.length} · duties ${draft.duties.length} · ` +
      `recipients ${draft.recipients.length}`,
    ...draft.phases.map(
      (p) => `    ${p.name}: ${p.from} → ${p.to}, ${p.commemorations.length} commemoration(s)`,
    ),
    `  Signature ${[draft.signature.mode, draft.signature.body, draft.signature.title, draft.signature.name].filter(Boolean).join(' · ') || '—'}`,
    `  Leftovers: ${result.leftovers.length || 'none'}`,
    ...result.leftovers.map((l) => `    line ${l.line}: ${clip(l.text)}`),
    ...(result.warnings.length ? ['  Warnings:', ...result.warnings.map((w) => `    ${w}`)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `plan:import FILE --dry-run [--json]`: reads a .docx/.txt/.md plan into a draft and prints it. Pure:
 * no Nest application, no database. Saving goes through the API (admin import or POST /api/plans/import).
 */
export async function planImport(file: string, options: PlanImportOptions): Promise<number> {
  if (!options.dryRun) {
    process.stderr.write(
      'plan:import only reads documents (--dry-run). Saving a plan needs the API: import it in the admin ' +
        'or POST it to /api/plans/import.\n',
    );
    return PLAN_IMPORT_NEEDS_API;
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let result: PlanImportResult;
  try {
    result = await importPlanDocument(content, basename(file));
  } catch (error) {
    if (error instanceof PlanDocumentError) throw new Error(`${error.message} [${error.code}]`);
    throw error;
  }
  await write(options.json ? `${JSON.stringify(result, null, 2)}\n` : planImportSummary(file, result));
  return 0;
}
