import { Routes } from '@angular/router';
import { SignInPage } from './sign-in/sign-in.page';

export const authRoutes: Routes = [{ path: '', component: SignInPage, title: 'auth.title' }];
