import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'thidua:isPublic';

/** Marks a route (or controller) that needs no signed-in user. Everything else is denied by default. */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-permission', 'public'));
