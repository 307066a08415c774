import { Routes } from '@angular/router';
import { canGuard } from '@thidua/admin/core';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { PlanDetailPage } from './detail/plan-detail.page';
import { PlanEditorPage } from './editor/plan-editor.page';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';
import { PlansPage } from './list/plans.page';
import { MovementsPage } from './movements/movements.page';

export const plansRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      { path: '', component: PlansPage, title: 'nav.plans' },
      {
        path: 'new',
        component: PlanEditorPage,
        title: 'plans.editor.newTitle',
        canActivate: [canGuard('create', 'Plan')],
        canDeactivate: [unsavedChangesGuard],
      },
      { path: ':id', component: PlanDetailPage, title: 'plans.detail.title' },
      {
        path: ':id/edit',
        component: PlanEditorPage,
        title: 'plans.editor.editTitle',
        canActivate: [canGuard('update', 'Plan')],
        canDeactivate: [unsavedChangesGuard],
      },
    ],
  },
];

export const movementsRoutes: Routes = [
  { path: '', component: MovementsPage, title: 'nav.movements', providers: [provideTranslatedPaginator()] },
];
