import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '@thidua/admin/ui';
import { PlanUnitRef, ScorecardStatus } from '@thidua/shared/contracts';
import { points } from '../data/scoring.api';
import { ScorecardStatusChip } from '../ui/scorecard-status-chip';

/** A unit picked on the dashboard, with what is known of its scorecard. */
export interface PickedUnit {
  unit: PlanUnitRef;
  status: ScorecardStatus | null;
  total: number | null;
  band: string | null;
}

export interface UnitDetailData extends PickedUnit {
  planId: string;
  phases: Array<{ phaseId: string; name: string }>;
}

/** Drill-down from the dashboard: one unit's registration, phase reports and scorecard for the plan. */
@Component({
  selector: 'td-unit-detail-dialog',
  imports: [
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    RouterLink,
    TranslocoDirective,
    TdIcon,
    ScorecardStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ data.unit.name }}</h2>
      <mat-dialog-content>
        <p class="lead">
          <span class="code">{{ data.unit.code }}</span>
          <td-scorecard-status-chip [status]="data.status" />
          @if (data.total !== null) {
            <span>{{ t('planDashboard.unit.total', { total: pts(data.total) }) }}</span>
          }
          @if (data.band) {
            <strong>{{ data.band }}</strong>
          }
        </p>
        <nav class="links" [attr.aria-label]="t('planDashboard.unit.links')">
          <a matButton="outlined" mat-dialog-close [routerLink]="base.concat('registration')"
            ><td-icon matButtonIcon name="flag" />{{ t('planDashboard.unit.registration') }}</a
          >
          @for (p of data.phases; track p.phaseId) {
            <a matButton="outlined" mat-dialog-close [routerLink]="base.concat('phases', p.phaseId, 'report')"
              ><td-icon matButtonIcon name="description" />{{
                t('planDashboard.unit.report', { phase: p.name })
              }}</a
            >
          }
          <a
            matButton="filled"
            mat-dialog-close
            [routerLink]="base.concat('scorecard')"
            [queryParams]="{ from: 'dashboard' }"
            ><td-icon matButtonIcon name="emojiEvents" />{{ t('planDashboard.unit.scorecard') }}</a
          >
        </nav>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>{{ t('common.close') }}</button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `
    .lead {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin: 0 0 16px;
    }
    .code {
      color: var(--mat-sys-on-surface-variant);
    }
    .links {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 8px;
      a {
        justify-content: flex-start;
      }
    }
  `,
})
export class UnitDetailDialog {
  protected readonly data = inject<UnitDetailData>(MAT_DIALOG_DATA);
  protected readonly base = ['/my-plans', this.data.planId, 'units', this.data.unit.id];
  protected readonly pts = points;
}
