import { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { AuditPage } from './audit-page/audit.page';
import { RolesPage } from './roles-page/roles.page';
import { UserDetailPage } from './user-detail/user-detail.page';
import { UsersPage } from './users-page/users.page';

export const usersRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      { path: '', component: UsersPage, title: 'nav.users' },
      { path: ':id', component: UserDetailPage, title: 'users.detailTitle' },
    ],
  },
];

export const rolesRoutes: Routes = [{ path: '', component: RolesPage, title: 'nav.roles' }];

export const auditRoutes: Routes = [
  { path: '', component: AuditPage, title: 'nav.audit', providers: [provideTranslatedPaginator()] },
];
