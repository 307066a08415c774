import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, PageHeader, TdIcon } from '@thidua/admin/ui';
import { AuditEntryDto } from '@thidua/shared/contracts';
import { SUBJECTS } from '@thidua/shared/permissions';
import { AuditQuery, UsersApi } from '../data/users.api';

export const AUDIT_PAGE_SIZE = 25;
export const AUDIT_SUBJECTS = SUBJECTS.filter((s) => s !== 'all');

/** A before/after value as indented JSON (nothing for null). */
export function pretty(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** "Nhật ký": who did what to which record, newest first, with the record before and after. */
@Component({
  selector: 'td-audit-page',
  imports: [
    DatePipe,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    TranslocoDirective,
    EmptyState,
    ErrorState,
    PageHeader,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.scss',
})
export class AuditPage {
  private readonly api = inject(UsersApi);
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly subjects = AUDIT_SUBJECTS;
  protected readonly pretty = pretty;
  protected readonly subject = signal(this.params.get('subject') ?? '');
  protected readonly subjectId = signal(this.params.get('subjectId') ?? '');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(AUDIT_PAGE_SIZE);
  protected readonly expanded = signal<string | null>(null);
  private readonly reloads = signal(0);
  protected readonly query = computed<AuditQuery & { reload: number }>(() => ({
    subject: this.subject() || undefined,
    subjectId: this.subjectId().trim() || undefined,
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.api.audit(query), 200);
  protected readonly result = this.table.page;
  protected readonly loading = this.table.loading;
  protected readonly error = this.table.error;

  protected filterSubject(value: string): void {
    this.subject.set(value);
    this.page.set(1);
  }

  protected filterSubjectId(value: string): void {
    this.subjectId.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected toggle(entry: AuditEntryDto): void {
    this.expanded.update((id) => (id === entry.id ? null : entry.id));
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
