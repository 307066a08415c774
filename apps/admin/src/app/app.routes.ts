import { Routes } from '@angular/router';
import { authGuard, guestGuard } from '@thidua/admin/core';

/** Thin on purpose: every page lives in a lazily loaded feature library. */
export const appRoutes: Routes = [
  {
    path: 'sign-in',
    canActivate: [guestGuard],
    loadChildren: () => import('@thidua/admin/feature-auth').then((m) => m.authRoutes),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell-page').then((m) => m.ShellPage),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () => import('@thidua/admin/feature-dashboard').then((m) => m.dashboardRoutes),
      },
      {
        path: 'system',
        loadChildren: () => import('@thidua/admin/feature-system').then((m) => m.systemRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
