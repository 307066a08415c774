import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import {
  Alert,
  applyServerErrors,
  ErrorState,
  FieldErrorPipe,
  PageHeader,
  TdIcon,
  ToneChip,
} from '@thidua/admin/ui';
import {
  EVIDENCE_MAX_BYTES,
  EvidenceDto,
  PhaseReportDto,
  ReviewRequest,
  SaveReportRequest,
} from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { dayText, fileSize, ParticipationApi, ReportKey } from '../data/participation.api';
import { ParticipationStatusChip } from '../ui/participation-status-chip';
import { openReviewDialog } from '../ui/review.dialog';

/** What the file input accepts; the server checks the content again. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

function indicatorGroup(actual: number | null, note: string | null) {
  return new FormGroup({
    actualValue: new FormControl<number | null>(actual, [Validators.min(0)]),
    note: new FormControl(note ?? '', { nonNullable: true }),
  });
}

/** "Báo cáo đợt": what a unit reached in a phase against its registered targets, with evidence. */
@Component({
  selector: 'td-report-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatError,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    Alert,
    ErrorState,
    FieldErrorPipe,
    PageHeader,
    TdIcon,
    ToneChip,
    ParticipationStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report.page.html',
  styleUrls: ['../ui/form-page.scss', './report.page.scss'],
})
export class ReportPage {
  private readonly api = inject(ParticipationApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  readonly planId = input.required<string>();
  readonly phaseId = input.required<string>();
  readonly unitId = input.required<string>();
  readonly from = input<string>();

  protected readonly report = signal<PhaseReportDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly maxSize = fileSize(EVIDENCE_MAX_BYTES);
  protected readonly date = dayText;
  protected readonly size = fileSize;
  protected readonly editable = computed(() => !!this.report()?.editable);
  protected readonly backLink = computed(() =>
    this.from() === 'reviews' ? ['/reviews'] : ['/my-plans', this.planId()],
  );
  private readonly key = computed<ReportKey>(() => ({
    planId: this.planId(),
    phaseId: this.phaseId(),
    unitId: this.unitId(),
  }));

  readonly form = new FormGroup({
    narrative: new FormControl('', { nonNullable: true }),
    indicators: new FormArray<ReturnType<typeof indicatorGroup>>([]),
  });

  constructor() {
    effect(() => {
      const key = this.key();
      untracked(() => void this.load(key));
    });
  }

  protected async load(key = this.key()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.show(await firstValueFrom(this.api.report(key)));
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  private show(report: PhaseReportDto): void {
    this.report.set(report);
    this.form.controls.narrative.setValue(report.narrative);
    const rows = this.form.controls.indicators;
    rows.clear();
    report.targets.forEach((_, i) => {
      const value = report.indicators.find((v) => v.targetIndex === i);
      const group = indicatorGroup(value?.actualValue ?? null, value?.note ?? null);
      if (!report.editable) group.disable();
      rows.push(group);
    });
    if (report.editable) this.form.enable();
    else this.form.disable();
    this.form.markAsPristine();
  }

  /** Share of the planned value reached, or null when it cannot be told. */
  protected reached(i: number): number | null {
    const planned = this.report()?.targets[i]?.plannedValue;
    const actual = this.form.controls.indicators.at(i)?.controls.actualValue.value;
    if (!planned || actual === null || actual === undefined || String(actual) === '') return null;
    return Math.round((Number(actual) / planned) * 100);
  }

  protected typeName(evidence: EvidenceDto): string {
    return TYPE_NAMES[evidence.contentType] ?? evidence.contentType;
  }

  /** The PUT body, with the version the report was loaded at; targets left blank are not sent. */
  body(): SaveReportRequest {
    const v = this.form.getRawValue();
    return {
      version: this.report()?.version ?? 0,
      narrative: v.narrative.trim(),
      indicators: v.indicators.flatMap((row, targetIndex) =>
        row.actualValue === null || String(row.actualValue) === ''
          ? []
          : [{ targetIndex, actualValue: Number(row.actualValue), note: row.note.trim() || null }],
      ),
    };
  }

  protected async save(): Promise<boolean> {
    if (this.busy()) return false;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    this.busy.set(true);
    try {
      this.show(await firstValueFrom(this.api.saveReport(this.key(), this.body())));
      this.snack.open(this.transloco.translate('participation.saved'), undefined, { duration: 3000 });
      return true;
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.dirty || !this.report()?.id) {
      if (!(await this.save())) return;
    }
    this.busy.set(true);
    this.summary.set(null);
    try {
      this.show(await firstValueFrom(this.api.submitReport(this.key())));
      this.snack.open(this.transloco.translate('participation.report.submitted'), undefined, {
        duration: 3000,
      });
    } catch (error) {
      this.summary.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.uploadError.set(null);
    if (file.size > EVIDENCE_MAX_BYTES) {
      this.uploadError.set(this.transloco.translate('participation.report.tooLarge', { max: this.maxSize }));
      return;
    }
    // Evidence belongs to a saved report: the API refuses it before the first save.
    if (!this.report()?.id && !(await this.save())) return;
    this.uploading.set(true);
    try {
      await firstValueFrom(this.api.uploadEvidence(this.key(), file));
      // The upload may have created the report: take its id and version, keep what is being typed.
      const fresh = await firstValueFrom(this.api.report(this.key()));
      this.report.update((r) =>
        r ? { ...r, id: fresh.id, version: fresh.version, evidence: fresh.evidence } : r,
      );
    } catch (error) {
      this.uploadError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.uploading.set(false);
    }
  }

  protected async download(evidence: EvidenceDto): Promise<void> {
    try {
      const blob = await firstValueFrom(this.api.downloadEvidence(this.key(), evidence.id));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = evidence.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.uploadError.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected async remove(evidence: EvidenceDto): Promise<void> {
    this.uploadError.set(null);
    try {
      await firstValueFrom(this.api.removeEvidence(this.key(), evidence.id));
      this.report.update((r) => (r ? { ...r, evidence: r.evidence.filter((e) => e.id !== evidence.id) } : r));
    } catch (error) {
      this.uploadError.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected review(decision: ReviewRequest['decision']): void {
    const report = this.report();
    if (!report) return;
    openReviewDialog(
      this.dialog,
      decision,
      this.transloco.translate('participation.report.of', {
        phase: report.phase.name,
        unit: report.unit.name,
      }),
      (body) => this.api.reviewReport(this.key(), body),
    ).subscribe((answer) => {
      if (answer) this.show(answer);
    });
  }
}
