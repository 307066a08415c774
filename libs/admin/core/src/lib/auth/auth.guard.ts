import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Lets signed-in users through; sends others to the sign-in page, remembering where they wanted to go. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.ready();
  if (auth.isSignedIn()) return true;
  const queryParams = state.url && state.url !== '/' ? { returnUrl: state.url } : {};
  return router.createUrlTree(['/sign-in'], { queryParams });
};

/** Keeps signed-in users away from the sign-in page. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router); // inject before awaiting: the injection context ends at the first await
  await auth.ready();
  return auth.isSignedIn() ? router.createUrlTree(['/']) : true;
};

/** A return URL from the query string, accepted only when it stays inside the app. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}
