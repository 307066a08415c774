import { Injectable } from '@angular/core';
import { PlanImportResult } from '@thidua/shared/contracts';

/**
 * Hands an imported plan from the import dialog to the editor, in memory only: the draft is not
 * saved until the user has checked it and pressed save. Taken once.
 */
@Injectable({ providedIn: 'root' })
export class PlanDraftStore {
  private pending: PlanImportResult | null = null;

  put(result: PlanImportResult): void {
    this.pending = result;
  }

  take(): PlanImportResult | null {
    const result = this.pending;
    this.pending = null;
    return result;
  }
}
