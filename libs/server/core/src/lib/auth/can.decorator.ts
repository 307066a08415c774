import { SetMetadata } from '@nestjs/common';
import { Action, Subject } from '@thidua/shared/permissions';

export const REQUIRED_PERMISSION = 'thidua:permission';

export interface RequiredPermission {
  action: Action;
  subject: Subject;
}

/**
 * Declares what a route needs. The global guard denies any route that declares neither this
 * nor @Public(); conditions (subtree, creator) are then applied by the service, in SQL for lists.
 */
export const Can = (action: Action, subject: Subject) =>
  SetMetadata(REQUIRED_PERMISSION, { action, subject } satisfies RequiredPermission);

/** For routes every signed-in user may call (their own session, profile). */
export const SIGNED_IN_ONLY = 'thidua:signedInOnly';
export const SignedIn = () => SetMetadata(SIGNED_IN_ONLY, true);
