import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadAppConfig, runMigrations, TenantContext } from '@thidua/server/core';
import { UsersService } from '@thidua/server/identity';
import { ALL_MIGRATIONS } from '@thidua/server/schema';
import { CreateTenantDto, TenantEntity, TenantsService } from '@thidua/server/tenancy';
import { RoleKey } from '@thidua/shared/permissions';
import request from 'supertest';
// The round trip needs both processes' real compositions: the worker app's module is the one exception.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../worker/src/worker.module';
import { ApiModule } from '../src/api.module';
import { configureApi } from '../src/configure-api';

/** Brings the run's fresh database up to the current schema (idempotent). */
export async function migrateTestDatabase(): Promise<void> {
  await runMigrations(loadAppConfig(), ALL_MIGRATIONS);
}

/** The real API module and request pipeline, listening on an ephemeral port. */
export async function startApi(): Promise<INestApplication> {
  await migrateTestDatabase();
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    bufferLogs: true,
  });
  configureApi(app);
  await app.init();
  return app;
}

/** The worker process's module, in this test process (it registers the BullMQ processors). */
export async function startWorker(): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  await worker.init();
  return worker;
}

export const PASSWORD = 'Mật-khẩu-thử-2026';

let sequence = 0;

/** A tenant with one user per requested role, created through the real services. */
export async function seedTenant(
  app: INestApplicationContext,
  roles: RoleKey[],
  overrides: Partial<CreateTenantDto> = {},
): Promise<{ tenant: TenantEntity; logins: Record<string, string> }> {
  const suffix = `${Date.now().toString(36)}${++sequence}`;
  return app.get(TenantContext).runAsSystem('test seed', async () => {
    const tenant = await app.get(TenantsService).create({
      code: `t-${suffix}`,
      name: `Liên đoàn Lao động tỉnh Thử ${suffix}`,
      issuerCode: 'LĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: `LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ ${suffix}`,
      placeName: 'Thử',
      ...overrides,
    });
    const logins: Record<string, string> = {};
    for (const role of roles) {
      const email = `${role}.${suffix}@test.thidua.vn`;
      const user = await app
        .get(UsersService)
        .create({ tenantId: tenant.id, email, displayName: `Người dùng ${role}`, password: PASSWORD });
      await app.get(UsersService).assignRole(tenant.id, user.id, role);
      logins[role] = email;
    }
    return { tenant, logins };
  });
}

export async function seedOperator(app: INestApplicationContext): Promise<string> {
  const email = `operator.${Date.now().toString(36)}${++sequence}@test.thidua.vn`;
  await app.get(TenantContext).runAsSystem('test seed', () =>
    app.get(UsersService).create({
      tenantId: null,
      email,
      displayName: 'Vận hành',
      password: PASSWORD,
      isPlatformOperator: true,
    }),
  );
  return email;
}

export async function signIn(app: INestApplication, login: string, password = PASSWORD): Promise<string> {
  const res = await request(app.getHttpServer())
    .post('/api/auth/sign-in')
    .send({ login, password })
    .expect(200);
  return res.body.accessToken as string;
}

/** A user with one role held on a unit, in an existing tenant. */
export async function seedUserInTenant(
  app: INestApplicationContext,
  tenantId: string,
  role: RoleKey,
  orgUnitId: string | null,
): Promise<string> {
  const email = `${role}.${Date.now().toString(36)}${++sequence}@test.thidua.vn`;
  await app.get(TenantContext).runInTenant(tenantId, async () => {
    const user = await app
      .get(UsersService)
      .create({ tenantId, email, displayName: `Người dùng ${role}`, password: PASSWORD });
    await app.get(UsersService).assignRole(tenantId, user.id, role, orgUnitId);
  });
  return email;
}
