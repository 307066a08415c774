import { Inject } from '@nestjs/common';
import { EntityTarget } from 'typeorm';
import { tenantRepositoryToken } from './tenancy.module';

export const InjectTenantRepository = (entity: EntityTarget<unknown>) =>
  Inject(tenantRepositoryToken(entity));
