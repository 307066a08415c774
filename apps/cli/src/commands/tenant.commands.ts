import { TenantContext } from '@thidua/server/core';
import { CreateTenantDto, TenantsService } from '@thidua/server/tenancy';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { print, withApp } from './context';

export async function tenantCreate(input: Record<string, string | undefined>): Promise<void> {
  const dto = plainToInstance(CreateTenantDto, input);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    throw new Error(
      errors.map((e) => `--${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`).join('\n'),
    );
  }
  await withApp((app) =>
    app.get(TenantContext).runAsSystem('cli tenant:create', async () => {
      const tenant = await app.get(TenantsService).create(dto);
      print(`Created tenant ${tenant.code} (${tenant.name}), id ${tenant.id}.`);
    }),
  );
}

export function tenantList(): Promise<void> {
  return withApp((app) =>
    app.get(TenantContext).runAsSystem('cli tenant:list', async () => {
      const tenants = await app.get(TenantsService).list();
      if (!tenants.length) return print('No tenants yet: create one with `npm run cli -- tenant:create`.');
      for (const t of tenants)
        print(`${t.code.padEnd(16)} ${t.status.padEnd(10)} ${t.issuerCode.padEnd(6)} ${t.name}`);
    }),
  );
}
