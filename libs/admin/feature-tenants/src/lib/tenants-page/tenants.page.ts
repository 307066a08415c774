import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatChipListbox, MatChipOption } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  AbilityService,
  ApiErrorView,
  AuthService,
  CanDirective,
  describeApiError,
  LanguageService,
  matchesQuery,
} from '@thidua/admin/core';
import {
  confirmAction,
  EmptyState,
  ErrorState,
  formDialog,
  PageHeader,
  TdIcon,
  Tone,
  ToneChip,
} from '@thidua/admin/ui';
import { TenantDto, TenantStatus } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { TenantsApi } from '../data/tenants.api';
import { TenantDialog, TenantDialogData } from '../tenant-dialog/tenant-dialog';

export type StatusFilter = TenantStatus | 'all';

export const TENANT_TONES: Record<TenantStatus, Tone> = {
  active: 'success',
  suspended: 'warning',
  merged: 'neutral',
};

/** The platform's tenants: search, filter by status, create, edit, suspend, act on their behalf. */
@Component({
  selector: 'td-tenants-page',
  imports: [
    MatButton,
    MatIconButton,
    MatChipListbox,
    MatChipOption,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatProgressBar,
    MatTooltip,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    TdIcon,
    ToneChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tenants.page.html',
  styleUrl: './tenants.page.scss',
})
export class TenantsPage {
  private readonly api = inject(TenantsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly ability = inject(AbilityService);

  protected readonly tones = TENANT_TONES;
  protected readonly statuses: readonly StatusFilter[] = ['all', 'active', 'suspended', 'merged'];
  protected readonly tenants = signal<TenantDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiErrorView | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly query = signal('');
  protected readonly status = signal<StatusFilter>('all');

  protected readonly counts = computed(() => {
    const counts: Record<StatusFilter, number> = { all: 0, active: 0, suspended: 0, merged: 0 };
    for (const tenant of this.tenants()) {
      counts.all++;
      counts[tenant.status]++;
    }
    return counts;
  });
  protected readonly visible = computed(() =>
    this.tenants().filter(
      (t) =>
        (this.status() === 'all' || t.status === this.status()) &&
        matchesQuery(this.query(), t.name, t.code, t.placeName),
    ),
  );

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.tenants.set(await firstValueFrom(this.api.list()));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()));
    } finally {
      this.loading.set(false);
    }
  }

  protected pickStatus(value: unknown): void {
    this.status.set(this.statuses.includes(value as StatusFilter) ? (value as StatusFilter) : 'all');
  }

  protected async edit(tenant?: TenantDto): Promise<void> {
    const ref = this.dialog.open<TenantDialog, TenantDialogData, TenantDto>(
      TenantDialog,
      formDialog({ tenant }, '720px'),
    );
    const saved = await firstValueFrom(ref.afterClosed());
    if (!saved) return;
    this.tenants.update((list) =>
      tenant ? list.map((t) => (t.id === saved.id ? saved : t)) : [...list, saved],
    );
    this.notify(tenant ? 'tenants.saved' : 'tenants.created', { name: saved.name });
  }

  protected async toggleStatus(tenant: TenantDto): Promise<void> {
    const suspend = tenant.status === 'active';
    const prefix = suspend ? 'tenants.suspend.' : 'tenants.reactivate.';
    const confirmed = await confirmAction(this.dialog, {
      title: this.t(`${prefix}title`, { name: tenant.name }),
      message: this.t(`${prefix}message`),
      confirmLabel: this.t(`${prefix}confirm`),
      tone: suspend ? 'danger' : 'primary',
    });
    if (!confirmed) return;
    await this.run(tenant, async () => {
      const saved = await firstValueFrom(this.api.setStatus(tenant.id, suspend ? 'suspended' : 'active'));
      this.tenants.update((list) => list.map((t) => (t.id === saved.id ? saved : t)));
      this.notify(`${prefix}done`, { name: tenant.name });
    });
  }

  protected async impersonate(tenant: TenantDto): Promise<void> {
    await this.run(tenant, async () => {
      const session = await firstValueFrom(this.api.impersonate(tenant.id));
      this.auth.startImpersonation(session, tenant.name);
      await this.router.navigateByUrl('/');
    });
  }

  private async run(tenant: TenantDto, work: () => Promise<void>): Promise<void> {
    this.busyId.set(tenant.id);
    try {
      await work();
    } catch (error) {
      const view = describeApiError(error, this.language.current());
      this.snackBar.open(view.summary ?? Object.values(view.fields).join(' '), this.t('common.close'), {
        duration: 8000,
      });
    } finally {
      this.busyId.set(null);
    }
  }

  private notify(key: string, params: Record<string, string>): void {
    this.snackBar.open(this.t(key, params), undefined, { duration: 4000 });
  }

  private t(key: string, params?: Record<string, string>): string {
    return this.transloco.translate(key, params);
  }
}
