import { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { OrgPage } from './org-page/org.page';

export const orgRoutes: Routes = [
  { path: '', component: OrgPage, title: 'nav.org', providers: [provideTranslatedPaginator()] },
];
