import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, TdIcon } from '@thidua/admin/ui';
import { PLAN_IMPORT_FIELDS, PlanImportField, PlanImportResult } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { importFieldSummary } from '../data/import-summary';
import { PlanDraftStore } from '../data/plan-draft.store';
import { PlansApi } from '../data/plans.api';

export const PLAN_IMPORT_EXTENSIONS = ['.docx', '.txt', '.md'] as const;
export const PLAN_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

type Source = 'file' | 'text';
type Phase = 'pick' | 'reading' | 'review';

export interface ImportFieldRow {
  field: PlanImportField;
  recognised: boolean;
  summary: string;
}

/**
 * "Nhập từ văn bản": reads a plan document (file or pasted text) on the server, then shows what was
 * recognised field by field, what was not, and the passages left over. Nothing is saved: "Tạo bản
 * nháp" opens the editor with the draft for the user to check and save. Closes with true then.
 */
@Component({
  selector: 'td-import-plan-dialog',
  imports: [
    FormsModule,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatProgressBar,
    TranslocoDirective,
    Alert,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-plan.dialog.html',
  styleUrl: './import-plan.dialog.scss',
})
export class ImportPlanDialog {
  private readonly api = inject(PlansApi);
  private readonly drafts = inject(PlanDraftStore);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<ImportPlanDialog, boolean>>(MatDialogRef);

  protected readonly accept = PLAN_IMPORT_EXTENSIONS.join(',');
  protected readonly source = signal<Source>('file');
  protected readonly phase = signal<Phase>('pick');
  protected readonly file = signal<File | null>(null);
  protected readonly text = signal('');
  protected readonly dragging = signal(false);
  /** A problem with the chosen file, found before uploading (translation key). */
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly result = signal<PlanImportResult | null>(null);

  protected readonly ready = computed(() =>
    this.source() === 'file' ? !!this.file() && !this.fileProblem() : this.text().trim().length > 0,
  );
  protected readonly rows = computed<ImportFieldRow[]>(() => {
    const result = this.result();
    if (!result) return [];
    this.language.lang();
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const recognised = new Set(result.recognised);
    return PLAN_IMPORT_FIELDS.map((field) => ({
      field,
      recognised: recognised.has(field) && !result.missing.includes(field),
      summary: importFieldSummary(field, result.draft, t),
    }));
  });
  protected readonly recognisedCount = computed(() => this.rows().filter((r) => r.recognised).length);

  protected choose(input: HTMLInputElement): void {
    this.take(input.files?.[0] ?? null);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.take(event.dataTransfer?.files?.[0] ?? null);
  }

  private take(file: File | null): void {
    this.failure.set(null);
    this.fileProblem.set(null);
    this.file.set(file);
    if (!file) return;
    const name = file.name.toLowerCase();
    if (!PLAN_IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext)))
      this.fileProblem.set('plans.import.wrongType');
    else if (file.size > PLAN_IMPORT_MAX_BYTES) this.fileProblem.set('plans.import.tooLarge');
  }

  protected async read(): Promise<void> {
    if (!this.ready() || this.phase() === 'reading') return;
    this.phase.set('reading');
    this.failure.set(null);
    try {
      const file = this.file();
      const answer =
        this.source() === 'file' && file
          ? await firstValueFrom(this.api.importFile(file))
          : await firstValueFrom(this.api.importText(this.text()));
      this.result.set(answer);
      this.phase.set('review');
    } catch (error) {
      this.phase.set('pick');
      this.failure.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected again(): void {
    this.result.set(null);
    this.phase.set('pick');
  }

  protected createDraft(): void {
    const result = this.result();
    if (!result) return;
    this.drafts.put(result);
    this.ref.close(true);
  }
}
