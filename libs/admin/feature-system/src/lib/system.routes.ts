import { Routes } from '@angular/router';
import { SystemStatusPage } from './status-page/system-status.page';

export const systemRoutes: Routes = [{ path: '', component: SystemStatusPage, title: 'nav.system' }];
