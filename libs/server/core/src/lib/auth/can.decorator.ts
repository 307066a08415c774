import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
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
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, { action, subject } satisfies RequiredPermission),
    ApiExtension('x-permission', { action, subject }),
  );

/** For routes every signed-in user may call (their own session, profile). */
export const SIGNED_IN_ONLY = 'thidua:signedInOnly';
export const SignedIn = () =>
  applyDecorators(SetMetadata(SIGNED_IN_ONLY, true), ApiExtension('x-permission', 'signed-in'));

/**
 * The permission of every route is also written into the OpenAPI document as `x-permission`:
 * `{ action, subject }`, `'signed-in'` or `'public'`. The leak suite and the access matrix are
 * generated from it.
 */
export type OpenApiPermission = RequiredPermission | 'signed-in' | 'public';
