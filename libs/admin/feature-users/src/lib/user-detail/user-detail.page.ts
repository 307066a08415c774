import { DatePipe } from '@angular/common';
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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AbilityService, describeApiError, LanguageService } from '@thidua/admin/core';
import { OrgUnitPicker } from '@thidua/admin/feature-org';
import {
  Alert,
  applyServerErrors,
  confirmAction,
  ErrorState,
  FieldErrorPipe,
  PageHeader,
  TdIcon,
  ToneChip,
} from '@thidua/admin/ui';
import { OrgUnitDto, RoleAssignmentDto, RoleDto, UserDto } from '@thidua/shared/contracts';
import { catchError, firstValueFrom, of } from 'rxjs';
import { UsersApi } from '../data/users.api';
import { USER_TONES } from '../users-page/users.page';

/** One user: contact, status, and the roles they hold on which units. */
@Component({
  selector: 'td-user-detail-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatError,
    MatSelect,
    MatOption,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    Alert,
    ErrorState,
    FieldErrorPipe,
    PageHeader,
    TdIcon,
    ToneChip,
    OrgUnitPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-detail.page.html',
  styleUrl: './user-detail.page.scss',
})
export class UserDetailPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly ability = inject(AbilityService);

  /** The `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly tones = USER_TONES;
  protected readonly user = signal<UserDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly assignSummary = signal<string | null>(null);
  protected readonly roles = toSignal(this.api.roles().pipe(catchError(() => of<RoleDto[]>([]))), {
    initialValue: [],
  });
  protected readonly tenantRoles = computed(() => this.roles().filter((role) => role.scope === 'tenant'));
  protected readonly roleNames = computed(() => new Map(this.roles().map((r) => [r.key, r.name])));
  protected readonly assignForm = new FormGroup({
    roleKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    orgUnitId: new FormControl<OrgUnitDto | null>(null),
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    try {
      this.user.set(await firstValueFrom(this.api.get(id)));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  protected async assign(): Promise<void> {
    const user = this.user();
    if (!user || this.busy()) return;
    this.assignSummary.set(null);
    if (this.assignForm.invalid) {
      this.assignForm.markAllAsTouched();
      return;
    }
    const { roleKey, orgUnitId } = this.assignForm.getRawValue();
    this.busy.set(true);
    try {
      this.user.set(
        await firstValueFrom(this.api.assignRole(user.id, { roleKey, orgUnitId: orgUnitId?.id ?? null })),
      );
      this.assignForm.reset();
      this.toast('users.roleAssigned');
    } catch (error) {
      this.assignSummary.set(applyServerErrors(this.assignForm, error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }

  protected async unassign(assignment: RoleAssignmentDto): Promise<void> {
    const user = this.user();
    if (!user) return;
    const role = this.roleNames().get(assignment.roleKey) ?? assignment.roleKey;
    const confirmed = await confirmAction(this.dialog, {
      title: this.t('users.removeRoleTitle'),
      message: this.t('users.removeRoleMessage', { role, name: user.displayName }),
      confirmLabel: this.t('users.removeRole'),
      tone: 'danger',
    });
    if (!confirmed) return;
    await this.act(async () => {
      await firstValueFrom(this.api.removeRole(user.id, assignment.id));
      this.user.set({ ...user, roles: user.roles.filter((r) => r.id !== assignment.id) });
      this.toast('users.roleRemoved');
    });
  }

  protected async toggleStatus(): Promise<void> {
    const user = this.user();
    if (!user) return;
    const disable = user.status !== 'disabled';
    const prefix = disable ? 'users.disable.' : 'users.enable.';
    const confirmed = await confirmAction(this.dialog, {
      title: this.t(`${prefix}title`, { name: user.displayName }),
      message: this.t(`${prefix}message`),
      confirmLabel: this.t(`${prefix}confirm`),
      tone: disable ? 'danger' : 'primary',
    });
    if (!confirmed) return;
    await this.act(async () => {
      this.user.set(await firstValueFrom(disable ? this.api.disable(user.id) : this.api.enable(user.id)));
      this.toast(`${prefix}done`);
    });
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await work();
    } catch (error) {
      const summary = describeApiError(error, this.language.current()).summary ?? '';
      this.snackBar.open(summary, this.t('common.close'), { duration: 8000 });
    } finally {
      this.busy.set(false);
    }
  }

  private toast(key: string): void {
    this.snackBar.open(this.t(key), undefined, { duration: 4000 });
  }

  private t(key: string, params?: Record<string, string>): string {
    return this.transloco.translate(key, params);
  }
}
