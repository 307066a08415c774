import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AbilityService, describeApiError, LanguageService } from '@thidua/admin/core';
import { ErrorState, formDialog, PageHeader, TdIcon, ToneChip } from '@thidua/admin/ui';
import { RoleDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { atomize, describeRule, ruleKey } from '../data/rule-words';
import { UsersApi } from '../data/users.api';
import { RoleEditorData, RoleEditorDialog } from './role-editor.dialog';

/** "Vai trò": each role with what it allows, in words; tenant roles can be narrowed. */
@Component({
  selector: 'td-roles-page',
  imports: [MatButton, MatProgressBar, TranslocoDirective, ErrorState, PageHeader, TdIcon, ToneChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <td-page-header [title]="t('roles.title')" [subtitle]="t('roles.subtitle')" />
      <div class="progress">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
        }
      </div>
      @if (error(); as message) {
        <td-error-state [title]="t('roles.loadFailed')" [message]="message" (retry)="load()" />
      }
      <div class="grid">
        @for (role of roles(); track role.key) {
          <article class="role" [attr.aria-labelledby]="'role-' + role.key">
            <header>
              <h2 [id]="'role-' + role.key">{{ role.name }}</h2>
              <td-tone-chip [tone]="role.scope === 'platform' ? 'warning' : 'info'">
                {{ t('roles.scope.' + role.scope) }}
              </td-tone-chip>
              @if (role.customized) {
                <td-tone-chip tone="neutral">{{ t('roles.customized') }}</td-tone-chip>
              }
            </header>
            <p class="description">{{ role.description }}</p>
            <ul class="rules">
              @for (line of words(role); track line.key) {
                <li><td-icon name="check" />{{ line.text }}</li>
              }
            </ul>
            @if (role.scope === 'tenant' && ability.can('update', 'Role')) {
              <button matButton="outlined" type="button" (click)="edit(role)">
                <td-icon matButtonIcon name="edit" />
                {{ t('roles.edit') }}
              </button>
            }
          </article>
        }
      </div>
    </ng-container>
  `,
  styleUrl: './roles.page.scss',
})
export class RolesPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly ability = inject(AbilityService);

  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.roles.set(await firstValueFrom(this.api.roles()));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  protected words(role: RoleDto): Array<{ key: string; text: string }> {
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    return atomize(role.rules).map((rule) => ({ key: ruleKey(rule), text: describeRule(rule, t) }));
  }

  protected edit(role: RoleDto): void {
    const ref = this.dialog.open<RoleEditorDialog, RoleEditorData, RoleDto>(
      RoleEditorDialog,
      formDialog({ role }, '560px'),
    );
    ref.afterClosed().subscribe((saved) => {
      if (!saved) return;
      this.roles.update((list) => list.map((r) => (r.key === saved.key ? saved : r)));
      this.snackBar.open(this.transloco.translate('roles.saved', { name: saved.name }), undefined, {
        duration: 4000,
      });
    });
  }
}
