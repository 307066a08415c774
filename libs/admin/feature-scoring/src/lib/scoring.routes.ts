import { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { RankingPage } from './ranking/ranking.page';
import { ScorecardPage } from './scorecard/scorecard.page';

/** `/my-plans/:planId/units/:unitId/scorecard`: the unit scores itself; the level above reviews. */
export const scorecardRoutes: Routes = [{ path: '', component: ScorecardPage, title: 'scorecard.title' }];

/** `/plans/:planId/scorecards`: the plan's scorecards ranked by final total. */
export const rankingRoutes: Routes = [
  {
    path: '',
    component: RankingPage,
    title: 'scorecard.ranking.title',
    providers: [provideTranslatedPaginator()],
  },
];

/** `/plans/:planId/dashboard`: the plan's progress; its own chunk, so the charts load only here. */
export const planDashboardRoutes: Routes = [
  {
    path: '',
    title: 'planDashboard.title',
    loadComponent: () => import('./dashboard/plan-dashboard.page').then((m) => m.PlanDashboardPage),
  },
];
