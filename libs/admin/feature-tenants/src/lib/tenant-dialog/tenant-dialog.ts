import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe } from '@thidua/admin/ui';
import { CreateTenantRequest, TENANT_CODE_PATTERN, TenantDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { TenantsApi } from '../data/tenants.api';

export interface TenantDialogData {
  /** Absent: create a new tenant. */
  tenant?: TenantDto;
}

export const DEFAULT_HEADER_SUPERIOR = 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const text = (value: string, max: number) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });

/** Create or edit a tenant: its code, name and the lines its documents are headed with. */
@Component({
  selector: 'td-tenant-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tenant-dialog.html',
  styles: `
    .preview {
      margin: 4px 0 8px;
      padding: 12px 16px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      text-align: center;
      font: var(--mat-sys-body-small);
      p {
        margin: 0;
      }
      .issuer {
        font-weight: 700;
      }
      .place {
        margin-top: 6px;
        font-style: italic;
      }
    }
  `,
})
export class TenantDialog {
  private readonly api = inject(TenantsApi);
  private readonly ref = inject<MatDialogRef<TenantDialog, TenantDto>>(MatDialogRef);
  private readonly language = inject(LanguageService);
  protected readonly data = inject<TenantDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = !!this.data.tenant;

  protected readonly form = new FormGroup({
    code: new FormControl(this.data.tenant?.code ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(TENANT_CODE_PATTERN)],
    }),
    name: text(this.data.tenant?.name ?? '', 200),
    issuerCode: text(this.data.tenant?.issuerCode ?? 'LĐ', 20),
    headerSuperior: text(this.data.tenant?.headerSuperior ?? DEFAULT_HEADER_SUPERIOR, 200),
    headerIssuer: text(this.data.tenant?.headerIssuer ?? '', 200),
    placeName: text(this.data.tenant?.placeName ?? '', 100),
    timeZone: new FormControl(this.data.tenant?.timeZone ?? DEFAULT_TIME_ZONE, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[A-Za-z]+\/[A-Za-z_]+$/)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly preview = signal(this.form.getRawValue());

  constructor() {
    this.form.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.preview.set(this.form.getRawValue()));
    // A new tenant's second header line is its name in capitals, until someone edits it.
    this.form.controls.name.valueChanges.pipe(takeUntilDestroyed()).subscribe((name) => {
      const issuer = this.form.controls.headerIssuer;
      if (!this.editing && issuer.pristine) issuer.setValue(name.toLocaleUpperCase('vi'));
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const body: CreateTenantRequest = this.form.getRawValue();
    try {
      const tenant = this.data.tenant;
      const saved = await firstValueFrom(tenant ? this.api.update(tenant.id, body) : this.api.create(body));
      this.ref.close(saved);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
