import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  InjectionToken,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, TdIcon } from '@thidua/admin/ui';
import { ORG_IMPORT_COLUMNS, OrgImportStatus } from '@thidua/shared/contracts';
import { firstValueFrom, Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { OrgApi } from '../data/org.api';
import { downloadImportTemplate } from '../data/import-template';
import { OrgChange } from '../dialogs/org-change-dialog';

/** How often the import's progress is asked for. */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', { factory: () => 1000 });
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

type Phase = 'pick' | 'uploading' | 'processing' | 'completed' | 'refused';

/**
 * Imports units from a spreadsheet: pick a file (or download the template), upload, follow the
 * progress, then either a summary or the table of rows to fix. The API imports all or nothing.
 */
@Component({
  selector: 'td-import-dialog',
  imports: [
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatProgressBar,
    TranslocoDirective,
    Alert,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-dialog.html',
  styleUrl: './import-dialog.scss',
})
export class ImportDialog {
  private readonly api = inject(OrgApi);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  private readonly ref = inject<MatDialogRef<ImportDialog, OrgChange>>(MatDialogRef);
  private polling: Subscription | null = null;

  protected readonly columns = ORG_IMPORT_COLUMNS;
  protected readonly accept = IMPORT_EXTENSIONS.join(',');
  protected readonly phase = signal<Phase>('pick');
  protected readonly file = signal<File | null>(null);
  /** A problem with the chosen file, found before uploading (translation key). */
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly status = signal<OrgImportStatus | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
  }

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.failure.set(null);
    this.fileProblem.set(null);
    this.file.set(file);
    if (!file) return;
    const name = file.name.toLowerCase();
    if (!IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) this.fileProblem.set('org.import.wrongType');
    else if (file.size > IMPORT_MAX_BYTES) this.fileProblem.set('org.import.tooLarge');
  }

  protected downloadTemplate(): void {
    downloadImportTemplate(this.document);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file || this.fileProblem() || this.phase() === 'uploading') return;
    this.phase.set('uploading');
    this.failure.set(null);
    try {
      const { importId } = await firstValueFrom(this.api.startImport(file));
      this.phase.set('processing');
      this.poll(importId);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Starts again with another file, after a refusal. */
  protected again(): void {
    this.phase.set('pick');
    this.status.set(null);
    this.file.set(null);
  }

  protected finish(): void {
    this.ref.close({ parents: [null], select: null });
  }

  private poll(importId: string): void {
    this.polling = timer(0, this.pollMs)
      .pipe(
        switchMap(() => this.api.importStatus(importId)),
        takeWhile((status) => status.state !== 'completed' && status.state !== 'failed', true),
      )
      .subscribe({
        next: (status) => {
          this.status.set(status);
          if (status.state === 'completed') this.phase.set('completed');
          if (status.state === 'failed') this.phase.set('refused');
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private fail(error: unknown): void {
    this.phase.set('pick');
    this.failure.set(describeApiError(error, this.language.current()).summary);
  }
}
