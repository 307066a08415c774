import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { TranslocoDirective } from '@jsverse/transloco';
import { CanDirective } from '@thidua/admin/core';
import { ScorecardTable } from '@thidua/admin/feature-scoring';
import { PageHeader } from '@thidua/admin/ui';
import { ReviewQueue } from './review-queue';

/** "Duyệt đăng ký, báo cáo": what the units below sent up, waiting for the user's decision. */
@Component({
  selector: 'td-reviews-page',
  imports: [
    MatTabGroup,
    MatTab,
    MatTabContent,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    ReviewQueue,
    ScorecardTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <td-page-header
        [title]="t('participation.reviews.title')"
        [subtitle]="t('participation.reviews.subtitle')"
      />
      <mat-tab-group mat-stretch-tabs="false" animationDuration="0ms">
        <mat-tab [label]="t('participation.reviews.registrations')">
          <ng-template matTabContent><td-review-queue class="queue" kind="registrations" /></ng-template>
        </mat-tab>
        <mat-tab [label]="t('participation.reviews.reports')">
          <ng-template matTabContent><td-review-queue class="queue" kind="reports" /></ng-template>
        </mat-tab>
        <mat-tab *tdCan="'approve'; subject: 'Scorecard'" [label]="t('scorecard.reviewsTab')">
          <ng-template matTabContent>
            <td-scorecard-table
              class="queue"
              initialStatus="submitted"
              initialSort="updatedAt"
              origin="reviews"
            />
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    </ng-container>
  `,
  styles: `
    .queue {
      display: block;
      padding-top: 16px;
    }
  `,
})
export class ReviewsPage {}
