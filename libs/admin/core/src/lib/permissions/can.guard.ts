import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Action, Subject } from '@thidua/shared/permissions';
import { AuthService } from '../auth/auth.service';
import { AbilityService } from './ability.service';

/**
 * Lets the user through when the session allows `action` on `subject`; otherwise sends them home
 * (the navigation never offers such a page, so this only catches typed or stale addresses).
 */
export function canGuard(action: Action, subject: Subject): CanActivateFn {
  return async () => {
    const auth = inject(AuthService);
    const ability = inject(AbilityService);
    const router = inject(Router);
    await auth.ready();
    if (ability.can(action, subject)) return true;
    return router.createUrlTree(auth.isSignedIn() ? ['/'] : ['/sign-in']);
  };
}
