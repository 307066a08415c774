import { Routes } from '@angular/router';
import { TenantsPage } from './tenants-page/tenants.page';

export const tenantsRoutes: Routes = [{ path: '', component: TenantsPage, title: 'nav.tenants' }];
