import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, TdIcon } from '@thidua/admin/ui';
import { Criterion, EVIDENCE_MAX_BYTES, ScorecardEvidenceDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { fileSize, ScorecardKey, ScoringApi } from '../data/scoring.api';

/** What the file input accepts; the server checks the content again. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/**
 * The scorecard's evidence (minh chứng): files for the whole card or for one criterion, downloaded
 * by anyone who reads the card, added and removed by the unit while it may edit.
 */
@Component({
  selector: 'td-scorecard-evidence',
  imports: [
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslocoDirective,
    Alert,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard-evidence.html',
  styleUrl: './scorecard-evidence.scss',
})
export class ScorecardEvidence {
  private readonly api = inject(ScoringApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  readonly key = input.required<ScorecardKey>();
  readonly evidence = input.required<ScorecardEvidenceDto[]>();
  readonly criteria = input.required<Criterion[]>();
  readonly editable = input(false);
  /** Saves the scorecard first when it has never been saved (evidence needs a saved card). */
  readonly ensureSaved = input<() => Promise<boolean>>(async () => true);
  readonly changed = output<ScorecardEvidenceDto[]>();

  protected readonly criterion = signal<string>('');
  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly maxSize = fileSize(EVIDENCE_MAX_BYTES);
  protected readonly size = fileSize;

  protected typeName(evidence: ScorecardEvidenceDto): string {
    return TYPE_NAMES[evidence.contentType] ?? evidence.contentType;
  }

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error.set(null);
    if (file.size > EVIDENCE_MAX_BYTES) {
      this.error.set(this.transloco.translate('scorecard.evidence.tooLarge', { max: this.maxSize }));
      return;
    }
    if (!(await this.ensureSaved()())) return;
    this.uploading.set(true);
    try {
      const added = await firstValueFrom(this.api.uploadEvidence(this.key(), file, this.criterion() || null));
      this.changed.emit([...this.evidence(), added]);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.uploading.set(false);
    }
  }

  protected async download(evidence: ScorecardEvidenceDto): Promise<void> {
    try {
      const blob = await firstValueFrom(this.api.downloadEvidence(this.key(), evidence.id));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = evidence.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected async remove(evidence: ScorecardEvidenceDto): Promise<void> {
    this.error.set(null);
    try {
      await firstValueFrom(this.api.removeEvidence(this.key(), evidence.id));
      this.changed.emit(this.evidence().filter((e) => e.id !== evidence.id));
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    }
  }
}
