import { Directive, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { LanguageService } from '@thidua/admin/core';
import { applyServerErrors } from '@thidua/admin/ui';
import { OrgApi } from '../data/org.api';

/** What a dialog changed: the branches to load again and the unit to show afterwards. */
export interface OrgChange {
  parents: Array<string | null>;
  select: string | null;
}

/** The submit cycle all org dialogs share: check, send, close with the change or show the errors. */
@Directive()
export abstract class OrgChangeDialog {
  protected readonly api = inject(OrgApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<unknown, OrgChange>>(MatDialogRef);

  readonly saving = signal(false);
  /** A problem that belongs to no single field. */
  readonly summary = signal<string | null>(null);

  /**
   * `check` returns a problem the form cannot express (e.g. "pick at least one unit"); `toApiField`
   * names nested form paths as the API does.
   */
  protected async submit(
    form: FormGroup,
    work: () => Promise<OrgChange>,
    options: { check?: () => string | null; toApiField?: (path: string) => string } = {},
  ): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    const problem = options.check?.() ?? null;
    if (form.invalid || problem) {
      form.markAllAsTouched();
      this.summary.set(problem);
      return;
    }
    this.saving.set(true);
    try {
      this.ref.close(await work());
    } catch (error) {
      this.summary.set(applyServerErrors(form, error, this.language.current(), options.toApiField).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
