import { Routes } from '@angular/router';
import { authGuard, canGuard, guestGuard } from '@thidua/admin/core';

const auth = () => import('@thidua/admin/feature-auth');

/** Thin on purpose: every page lives in a lazily loaded feature library. */
export const appRoutes: Routes = [
  {
    path: 'sign-in',
    canActivate: [guestGuard],
    loadChildren: () => auth().then((m) => m.authRoutes),
  },
  // Public pages the e-mails link to: they work signed in or not.
  {
    path: 'accept-invitation',
    title: 'auth.invitation.title',
    data: { mode: 'invitation' },
    loadComponent: () => auth().then((m) => m.SetPasswordPage),
  },
  {
    path: 'forgot-password',
    title: 'auth.forgot.title',
    loadComponent: () => auth().then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'auth.reset.title',
    data: { mode: 'reset' },
    loadComponent: () => auth().then((m) => m.SetPasswordPage),
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
        path: 'tenants',
        canActivate: [canGuard('read', 'Tenant')],
        loadChildren: () => import('@thidua/admin/feature-tenants').then((m) => m.tenantsRoutes),
      },
      {
        path: 'plans/:planId/scorecards',
        canActivate: [canGuard('read', 'Scorecard')],
        loadChildren: () => import('@thidua/admin/feature-scoring').then((m) => m.rankingRoutes),
      },
      {
        path: 'plans/:planId/dashboard',
        canActivate: [canGuard('read', 'PhaseReport')],
        loadChildren: () => import('@thidua/admin/feature-scoring').then((m) => m.planDashboardRoutes),
      },
      {
        path: 'plans/:planId/scoring',
        canActivate: [canGuard('read', 'Plan')],
        loadChildren: () => import('@thidua/admin/feature-criteria').then((m) => m.planScoringRoutes),
      },
      {
        path: 'plans/:planId/clusters/:id',
        canActivate: [canGuard('read', 'Cluster')],
        loadChildren: () => import('@thidua/admin/feature-criteria').then((m) => m.clusterRoutes),
      },
      {
        path: 'plans',
        canActivate: [canGuard('read', 'Plan')],
        loadChildren: () => import('@thidua/admin/feature-plans').then((m) => m.plansRoutes),
      },
      {
        path: 'my-plans/:planId/units/:unitId/scorecard',
        canActivate: [canGuard('read', 'Scorecard')],
        loadChildren: () => import('@thidua/admin/feature-scoring').then((m) => m.scorecardRoutes),
      },
      {
        path: 'my-plans',
        canActivate: [canGuard('read', 'Registration')],
        loadChildren: () => import('@thidua/admin/feature-participation').then((m) => m.myPlansRoutes),
      },
      {
        path: 'reviews',
        canActivate: [canGuard('approve', 'Registration')],
        loadChildren: () => import('@thidua/admin/feature-participation').then((m) => m.reviewsRoutes),
      },
      {
        path: 'movements',
        canActivate: [canGuard('read', 'Movement')],
        loadChildren: () => import('@thidua/admin/feature-plans').then((m) => m.movementsRoutes),
      },
      {
        path: 'criteria-sets',
        canActivate: [canGuard('read', 'CriteriaSet')],
        loadChildren: () => import('@thidua/admin/feature-criteria').then((m) => m.criteriaSetsRoutes),
      },
      {
        path: 'org',
        canActivate: [canGuard('read', 'OrgUnit')],
        loadChildren: () => import('@thidua/admin/feature-org').then((m) => m.orgRoutes),
      },
      {
        path: 'users',
        canActivate: [canGuard('read', 'User')],
        loadChildren: () => import('@thidua/admin/feature-users').then((m) => m.usersRoutes),
      },
      {
        path: 'roles',
        canActivate: [canGuard('read', 'Role')],
        loadChildren: () => import('@thidua/admin/feature-users').then((m) => m.rolesRoutes),
      },
      {
        path: 'audit',
        canActivate: [canGuard('read', 'AuditLog')],
        loadChildren: () => import('@thidua/admin/feature-users').then((m) => m.auditRoutes),
      },
      {
        path: 'system',
        canActivate: [canGuard('read', 'SystemStatus')],
        loadChildren: () => import('@thidua/admin/feature-system').then((m) => m.systemRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
