import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'thidua:isPublic';

/** Marks a route (or controller) that needs no signed-in user. Everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
