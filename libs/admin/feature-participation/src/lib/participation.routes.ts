import { Routes } from '@angular/router';
import { canGuard } from '@thidua/admin/core';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { MyPlanPage } from './my-plans/my-plan.page';
import { MyPlansPage } from './my-plans/my-plans.page';
import { RegistrationPage } from './registration/registration.page';
import { ReportPage } from './report/report.page';
import { ReviewsPage } from './reviews/reviews.page';

/** `/my-plans`: a unit registers for the plans sent to it and reports per phase (reviewers open the same forms). */
export const myPlansRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      {
        path: '',
        component: MyPlansPage,
        title: 'nav.myPlans',
        canActivate: [canGuard('update', 'Registration')],
      },
      {
        path: ':planId',
        component: MyPlanPage,
        title: 'participation.mine.title',
        canActivate: [canGuard('update', 'Registration')],
      },
      {
        path: ':planId/units/:unitId/registration',
        component: RegistrationPage,
        title: 'participation.registration.title',
      },
      {
        path: ':planId/units/:unitId/phases/:phaseId/report',
        component: ReportPage,
        title: 'participation.report.heading',
        canActivate: [canGuard('read', 'PhaseReport')],
      },
    ],
  },
];

/** `/reviews`: the level above accepts or returns what the units sent. */
export const reviewsRoutes: Routes = [
  { path: '', component: ReviewsPage, title: 'nav.reviews', providers: [provideTranslatedPaginator()] },
];
