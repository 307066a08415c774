import { INestApplicationContext } from '@nestjs/common';
import { FileStorage, loadAppConfig, parseDatabaseUrl, TenantContext } from '@thidua/server/core';
import { OrgImporter, OrgTreeService } from '@thidua/server/org';
import { TenantsService } from '@thidua/server/tenancy';
import { createPool } from 'mysql2/promise';
import { randomUUID } from 'node:crypto';
import { print } from '../commands/context';
import { line, measure } from './measure';

const PROVINCE_UNITS = { communes: 100, grassrootsPerCommune: 99 };

/** A 10,000-unit tree as the import file an operator would upload. */
export function treeCsv(): string {
  const lines = ['code,name,type,parent_code', 'B-ROOT,Liên đoàn Lao động tỉnh Đo Tải,province_federation,'];
  for (let x = 0; x < PROVINCE_UNITS.communes; x++) {
    lines.push(`B-X${x},Công đoàn xã Đo Tải ${x},commune_union,B-ROOT`);
    for (let c = 0; c < PROVINCE_UNITS.grassrootsPerCommune; c++) {
      lines.push(`B-C${x}-${c},Công đoàn cơ sở Trường Tiểu học Số ${x}.${c},grassroots_union,B-X${x}`);
    }
  }
  return lines.join('\n');
}

/**
 * `npm run bench -- org`: loads a tenant with 10,000 units through the real importer and times the
 * tree reads the admin makes, next to the same SQL sent bare through mysql2 in the same run.
 */
export async function benchOrg(app: INestApplicationContext): Promise<void> {
  const context = app.get(TenantContext);
  const code = `bench-${Date.now().toString(36)}`;
  const tenant = await context.runAsSystem('bench', () =>
    app.get(TenantsService).create({
      code,
      name: 'LĐLĐ Đo Tải',
      issuerCode: 'LĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐO TẢI',
      placeName: 'Đo Tải',
    }),
  );
  const pool = createPool({ ...parseDatabaseUrl(loadAppConfig().DATABASE_URL), connectionLimit: 10 });
  try {
    await context.runInTenant(tenant.id, async () => {
      const started = Date.now();
      const importId = await seedViaImporter(app, tenant.id, treeCsv());
      print(`loaded 10,000 units through the importer in ${Date.now() - started} ms (import ${importId})`);
      const tree = app.get(OrgTreeService);
      const commune = (await tree.list({ q: 'B-X50' }, { kind: 'all' })).items[0];
      const scope = { kind: 'limited' as const, unitPaths: [commune.path], createdBy: null };
      const raw = (sql: string, params: unknown[]) => () => pool.query(sql, params);
      const runs = 400;
      const conc = Number(process.env['BENCH_CONCURRENCY'] ?? 20);
      print(`\n${runs} requests each, ${conc} in flight:`);
      print(
        line(
          'children of a commune (page 1)',
          await measure(() => tree.list({ parentId: commune.id }, { kind: 'all' }), runs, conc),
          await measure(
            raw(
              "SELECT u.id, u.name FROM org_unit u WHERE u.tenant_id = ? AND u.parent_id = ? AND u.status = 'active' ORDER BY u.name LIMIT 50",
              [tenant.id, commune.id],
            ),
            runs,
            conc,
          ),
        ),
      );
      print(
        line(
          'search in a subtree (scoped user)',
          await measure(() => tree.list({ q: 'truong tieu hoc' }, scope), runs, conc),
          await measure(
            raw(
              'SELECT u.id, u.name FROM org_unit u WHERE u.tenant_id = ? AND u.path LIKE ? AND u.search_key LIKE ? ORDER BY u.name LIMIT 50',
              [tenant.id, `${commune.path}%`, '%truong tieu hoc%'],
            ),
            runs,
            conc,
          ),
        ),
      );
      print(
        line(
          'search the whole tree',
          await measure(() => tree.list({ q: 'so 7.4' }, { kind: 'all' }), runs, conc),
          await measure(
            raw(
              'SELECT u.id, u.name FROM org_unit u WHERE u.tenant_id = ? AND u.search_key LIKE ? ORDER BY u.name LIMIT 50',
              [tenant.id, '%so 7.4%'],
            ),
            runs,
            conc,
          ),
        ),
      );
      print(
        line(
          'one unit with its ancestors',
          await measure(() => tree.get(commune.id, { kind: 'all' }), runs, conc),
          await measure(
            raw('SELECT * FROM org_unit WHERE tenant_id = ? AND id = ?', [tenant.id, commune.id]),
            runs,
            conc,
          ),
        ),
      );
    });
  } finally {
    await pool.end();
  }
  print(`\nThe bench tenant "${code}" stays in the database; it is inert demo data.`);
}

export async function seedViaImporter(
  app: INestApplicationContext,
  tenantId: string,
  csv: string,
): Promise<string> {
  const importId = randomUUID();
  const fileKey = `tenants/${tenantId}/org-imports/${importId}`;
  await app.get(FileStorage).put(fileKey, Buffer.from(csv));
  await app.get(OrgImporter).register(importId, fileKey, 'bench.csv', null);
  await app.get(OrgImporter).run(importId);
  return importId;
}
