import 'reflect-metadata';
import { Command } from 'commander';
import { bench } from './commands/bench.command';
import { dbCreate, migrate } from './commands/db.commands';
import { doctor } from './commands/doctor.command';
import { docsPermissions, DocsPermissionsOptions } from './commands/docs-permissions.command';
import { planImport, PlanImportOptions } from './commands/plan-import.command';
import { printDemoAccounts, seedDemo } from './commands/seed-demo.command';
import { tenantCreate, tenantList } from './commands/tenant.commands';

const program = new Command('thidua')
  .description('ThiĐua operator commands. Settings come from the environment (see .env.example).')
  .showHelpAfterError();

const run = (work: () => Promise<unknown>) => async () => {
  try {
    const code = await work();
    process.exit(typeof code === 'number' ? code : 0);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
};

program
  .command('db:create')
  .description('Create the database in DATABASE_URL if missing (Vietnamese collation)')
  .action(run(() => dbCreate()));
program
  .command('migrate')
  .description('Run pending migrations')
  .action(run(() => migrate()));
program
  .command('seed:demo')
  .description('Create the demo tenants and users (idempotent)')
  .action(run(() => seedDemo()));
program
  .command('setup')
  .description('db:create, migrate and seed:demo in one go (what npm start runs)')
  .action(
    run(async () => {
      await dbCreate();
      await migrate();
      await seedDemo();
    }),
  );
program
  .command('doctor')
  .description('Check every setting and service and say how to fix what is wrong')
  .option('--worker', 'treat a missing worker heartbeat as a problem')
  .action((options: { worker?: boolean }) => run(() => doctor(options))());
program
  .command('demo:accounts')
  .description('Print the demo sign-ins')
  .action(run(async () => printDemoAccounts()));
program
  .command('tenant:list')
  .description('List tenants')
  .action(run(() => tenantList()));
program
  .command('tenant:create')
  .description('Create a tenant (a provincial federation)')
  .requiredOption('--code <code>', 'slug, e.g. khanh-hoa')
  .requiredOption('--name <name>', 'e.g. "Liên đoàn Lao động tỉnh Khánh Hòa"')
  .requiredOption('--issuer-code <code>', 'symbol in document numbers, e.g. LĐ')
  .requiredOption('--header-issuer <text>', 'e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA"')
  .requiredOption('--place-name <text>', 'e.g. "Khánh Hòa"')
  .option('--header-superior <text>', 'superior body line', 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM')
  .option('--time-zone <tz>', 'IANA time zone', 'Asia/Ho_Chi_Minh')
  .action((options: Record<string, string>) => run(() => tenantCreate(options))());

program
  .command('docs:permissions')
  .description('Write docs/permissions.md: each route, its permission, the roles that pass (starts the API)')
  .option('--openapi <file-or-url>', 'read the OpenAPI JSON from here instead of starting the API')
  .option('--out <file>', 'where to write', 'docs/permissions.md')
  .option('--check', 'only compare; exit 1 when the page is stale')
  .action((options: DocsPermissionsOptions) => run(() => docsPermissions(options))());

program
  .command('plan:import')
  .argument('<file>', 'a .docx, .txt or .md emulation plan (kế hoạch phát động thi đua)')
  .description('Read a plan document into a structured draft and print it (no database, no API)')
  .option('--dry-run', 'only read and print; saving goes through the API')
  .option('--json', 'print the whole import result as JSON')
  .action((file: string, options: PlanImportOptions) => run(() => planImport(file, options))());

program
  .command('bench')
  .argument('<name>', 'org or plans')
  .description('Load realistic data into the configured database and print timings next to bare SQL')
  .action((name: string) => run(() => bench(name))());

program.parseAsync(process.argv);
