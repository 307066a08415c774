export type PlanDocumentErrorCode =
  'plan_import_unsupported_file' | 'plan_import_too_long' | 'plan_import_empty';

/** A document the importer cannot read at all; `code` is an error code of the API catalogue. */
export class PlanDocumentError extends Error {
  constructor(
    readonly code: PlanDocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanDocumentError';
  }
}
