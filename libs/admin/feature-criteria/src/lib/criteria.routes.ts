import { Routes } from '@angular/router';
import { canGuard } from '@thidua/admin/core';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { ClusterPage } from './clusters/cluster.page';
import { CriteriaSetEditorPage } from './editor/criteria-set-editor.page';
import { CriteriaSetsPage } from './list/criteria-sets.page';
import { PlanScoringPage } from './scoring/plan-scoring.page';

/** `/criteria-sets`: the federation's criteria sets, drafted, published and archived. */
export const criteriaSetsRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      { path: '', component: CriteriaSetsPage, title: 'nav.criteriaSets' },
      {
        path: 'new',
        component: CriteriaSetEditorPage,
        title: 'criteria.editor.newTitle',
        canActivate: [canGuard('create', 'CriteriaSet')],
      },
      { path: ':id', component: CriteriaSetEditorPage, title: 'criteria.editor.title' },
    ],
  },
];

/** `/plans/:planId/scoring`: the set a plan scores with and its clusters and blocs. */
export const planScoringRoutes: Routes = [
  { path: '', component: PlanScoringPage, title: 'criteria.scoring.title' },
];

/** `/plans/:planId/clusters/:id`: one cluster or bloc of a plan. */
export const clusterRoutes: Routes = [{ path: '', component: ClusterPage, title: 'criteria.cluster.title' }];
