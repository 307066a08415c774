import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert } from '@thidua/admin/ui';
import { RoleDto } from '@thidua/shared/contracts';
import { DEFAULT_ROLES } from '@thidua/shared/permissions';
import { firstValueFrom } from 'rxjs';
import { UsersApi } from '../data/users.api';
import { atomize, AtomicRule, describeRule, ruleKey } from '../data/rule-words';

export interface RoleEditorData {
  role: RoleDto;
}

interface Choice {
  key: string;
  rule: AtomicRule;
  words: string;
}

/**
 * Narrows a role for this tenant: every permission it holds is a box to untick. Permissions of the
 * platform default that were unticked before can be ticked again; nothing beyond the default can.
 */
@Component({
  selector: 'td-role-editor-dialog',
  imports: [
    MatButton,
    MatCheckbox,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    TranslocoDirective,
    Alert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('roles.editTitle', { name: data.role.name }) }}</h2>
      <mat-dialog-content>
        <p class="td-dialog-lead">{{ t('roles.editLead') }}</p>
        @if (summary(); as message) {
          <td-alert class="td-dialog-alert">{{ message }}</td-alert>
        }
        <ul class="choices" [attr.aria-label]="t('roles.rules')">
          @for (choice of choices; track choice.key) {
            <li>
              <mat-checkbox [checked]="kept().has(choice.key)" (change)="toggle(choice.key, $event.checked)">
                {{ choice.words }}
              </mat-checkbox>
            </li>
          }
        </ul>
        @if (kept().size === 0) {
          <p class="td-field-error" role="alert">{{ t('roles.keepOne') }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
        <button
          matButton="filled"
          type="button"
          disabledInteractive
          [disabled]="saving() || !changed() || kept().size === 0"
          (click)="save()"
        >
          {{ t(saving() ? 'common.saving' : 'common.save') }}
        </button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `
    .choices {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class RoleEditorDialog {
  private readonly api = inject(UsersApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<RoleEditorDialog, RoleDto>>(MatDialogRef);
  protected readonly data = inject<RoleEditorData>(MAT_DIALOG_DATA);

  private readonly current = atomize(this.data.role.rules);
  private readonly initial = new Set(this.current.map(ruleKey));
  protected readonly choices: Choice[] = this.buildChoices();
  protected readonly kept = signal<ReadonlySet<string>>(new Set(this.initial));
  protected readonly changed = computed(() => {
    const kept = this.kept();
    return kept.size !== this.initial.size || [...kept].some((key) => !this.initial.has(key));
  });
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);

  protected toggle(key: string, checked: boolean): void {
    this.kept.update((set) => {
      const next = new Set(set);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  protected async save(): Promise<void> {
    if (this.saving() || this.kept().size === 0) return;
    this.saving.set(true);
    this.summary.set(null);
    const rules = this.choices.filter((c) => this.kept().has(c.key)).map((c) => c.rule);
    try {
      this.ref.close(await firstValueFrom(this.api.updateRole(this.data.role.key, rules)));
    } catch (error) {
      const view = describeApiError(error, this.language.current());
      this.summary.set(view.summary ?? Object.values(view.fields).join(' '));
    } finally {
      this.saving.set(false);
    }
  }

  /** The role's rules, then the default's rules it no longer has. */
  private buildChoices(): Choice[] {
    const fallback = DEFAULT_ROLES.find((role) => role.key === this.data.role.key);
    const all = [...this.current, ...atomize(fallback?.rules ?? [])];
    const seen = new Set<string>();
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    return all
      .filter((rule) => {
        const key = ruleKey(rule);
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .map((rule) => ({ key: ruleKey(rule), rule, words: describeRule(rule, t) }));
  }
}
