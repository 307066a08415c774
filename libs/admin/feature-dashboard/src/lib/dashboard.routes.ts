import { Routes } from '@angular/router';
import { HomePage } from './home/home.page';

export const dashboardRoutes: Routes = [{ path: '', component: HomePage, title: 'nav.home' }];
