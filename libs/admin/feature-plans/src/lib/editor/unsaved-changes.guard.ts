import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { confirmAction } from '@thidua/admin/ui';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with changes that were not saved. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) return true;
  const transloco = inject(TranslocoService);
  return confirmAction(inject(MatDialog), {
    title: transloco.translate('plans.editor.leaveTitle'),
    message: transloco.translate('plans.editor.leaveText'),
    confirmLabel: transloco.translate('plans.editor.leave'),
    tone: 'danger',
  });
};
