import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CanDirective, serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, formDialog, PageHeader, TdIcon, Tone, ToneChip } from '@thidua/admin/ui';
import { RoleDto, UserDto, UserQuery, UserStatus } from '@thidua/shared/contracts';
import { catchError, debounceTime, distinctUntilChanged, of } from 'rxjs';
import { UsersApi } from '../data/users.api';
import { InviteDialog, InviteDialogData } from '../invite-dialog/invite-dialog';

export const USER_TONES: Record<UserStatus, Tone> = {
  active: 'success',
  invited: 'info',
  disabled: 'neutral',
};
export const USER_STATUSES: readonly UserStatus[] = ['active', 'invited', 'disabled'];
export const USERS_PAGE_SIZE = 20;

/** "Người dùng": searched, filtered and paginated on the server. */
@Component({
  selector: 'td-users-page',
  imports: [
    DatePipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    RouterLink,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    TdIcon,
    ToneChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);

  protected readonly columns = ['name', 'roles', 'status', 'lastSignIn'];
  protected readonly statuses = USER_STATUSES;
  protected readonly q = signal('');
  protected readonly status = signal<UserStatus | ''>('');
  protected readonly roleKey = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(USERS_PAGE_SIZE);
  private readonly reloads = signal(0);
  /** The search words in use: typing settles for 300 ms first, and a new search starts at page 1. */
  private readonly appliedQ = signal('');

  protected readonly roles = toSignal(this.api.roles().pipe(catchError(() => of<RoleDto[]>([]))), {
    initialValue: [],
  });
  protected readonly roleNames = computed(() => new Map(this.roles().map((r) => [r.key, r.name])));
  protected readonly query = computed<UserQuery & { reload: number }>(() => ({
    q: this.appliedQ().trim() || undefined,
    status: this.status() || undefined,
    roleKey: this.roleKey() || undefined,
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.api.list(query));
  protected readonly result = this.table.page;
  protected readonly loading = this.table.loading;
  protected readonly error = this.table.error;
  protected readonly filtered = computed(
    () => !!(this.query().q || this.query().status || this.query().roleKey),
  );

  constructor() {
    toObservable(this.q)
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.appliedQ.set(q);
        this.page.set(1);
      });
  }

  protected toneOf(user: UserDto): Tone {
    return USER_TONES[user.status];
  }

  protected search(value: string): void {
    this.q.set(value);
  }

  protected filterStatus(value: UserStatus | ''): void {
    this.status.set(value);
    this.page.set(1);
  }

  protected filterRole(value: string): void {
    this.roleKey.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected invite(): void {
    const data: InviteDialogData = { roles: this.roles().filter((role) => role.scope === 'tenant') };
    const ref = this.dialog.open<InviteDialog, InviteDialogData, UserDto>(InviteDialog, formDialog(data));
    ref.afterClosed().subscribe((user) => {
      if (user) this.reload();
    });
  }
}
