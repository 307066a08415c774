import { MatDialogConfig } from '@angular/material/dialog';

/** How every form dialog opens: a comfortable width on desktops, the whole width on phones. */
export function formDialog<D>(data: D, width = '640px'): MatDialogConfig<D> {
  return {
    data,
    width,
    maxWidth: 'calc(100vw - 16px)',
    maxHeight: 'calc(100dvh - 16px)',
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  };
}
