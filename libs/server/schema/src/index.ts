import { MigrationClass } from '@thidua/server/core';
import { Identity1795300000100 } from '@thidua/server/identity';
import { Tenant1795300000000 } from '@thidua/server/tenancy';

/** Every migration of every context, in the order they run. */
export const ALL_MIGRATIONS: MigrationClass[] = [Tenant1795300000000, Identity1795300000100];
