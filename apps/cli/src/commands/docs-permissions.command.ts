import { listOperations, OpenApiDocumentLike, renderPermissionsMarkdown } from '@thidua/server/core';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { print } from './context';

export interface DocsPermissionsOptions {
  /** A file or URL holding the OpenAPI JSON; by default the API is built and started to ask it. */
  openapi?: string;
  out?: string;
  /** Only compare: exit 1 when the page differs from what would be written. */
  check?: boolean;
}

const API_BUNDLE = 'dist/apps/api/main.js';
const START_TIMEOUT_MS = 60_000;

function isDocument(value: unknown): value is OpenApiDocumentLike {
  return (
    typeof value === 'object' && value !== null && typeof (value as { paths?: unknown }).paths === 'object'
  );
}

async function readDocument(source: string): Promise<OpenApiDocumentLike> {
  const text = /^https?:\/\//.test(source)
    ? await fetch(source).then((res) => {
        if (!res.ok) throw new Error(`${source} answered ${res.status}`);
        return res.text();
      })
    : await readFile(source, 'utf8');
  const value: unknown = JSON.parse(text);
  if (!isDocument(value)) throw new Error(`${source} is not an OpenAPI document (no "paths")`);
  return value;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * Builds the API and starts it on a free local port against the configured database and Redis, asks
 * it for its OpenAPI document, then stops it. The CLI never imports the API app itself.
 */
async function documentFromApi(): Promise<OpenApiDocumentLike> {
  print('Building the API to read its OpenAPI document…');
  const build = spawnSync('npx nx build api --output-style=static', {
    shell: true,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (build.status !== 0 || !existsSync(API_BUNDLE)) {
    throw new Error(`\`nx build api\` failed:\n${`${build.stdout}\n${build.stderr}`.trim().slice(-3000)}`);
  }

  const port = await freePort();
  let errors = '';
  const api: ChildProcess = spawn(process.execPath, [API_BUNDLE], {
    env: { ...process.env, API_PORT: String(port), LOG_LEVEL: 'error', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  api.stderr?.on('data', (chunk: Buffer) => (errors = `${errors}${chunk.toString()}`.slice(-2000)));
  const exited = new Promise<never>((_, fail) =>
    api.once('exit', (code) =>
      fail(new Error(`the API stopped (exit ${code}) before answering:\n${errors}`)),
    ),
  );
  exited.catch(() => undefined);
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const answer = await Promise.race([
        fetch(`http://127.0.0.1:${port}/api/docs-json`)
          .then((res) => (res.ok ? res.json() : undefined))
          .catch(() => undefined),
        exited,
      ]);
      if (isDocument(answer)) return answer;
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(
      `the API did not answer within ${START_TIMEOUT_MS / 1000} s: check the database and Redis with ` +
        '`npm run cli -- doctor`, or pass --openapi <file-or-url>',
    );
  } finally {
    api.kill('SIGTERM');
  }
}

/** Writes docs/permissions.md (or, with --check, says whether it is current). Returns the exit code. */
export async function docsPermissions(options: DocsPermissionsOptions): Promise<number> {
  const document = options.openapi ? await readDocument(options.openapi) : await documentFromApi();
  const page = renderPermissionsMarkdown(document);
  const out = resolve(options.out ?? 'docs/permissions.md');
  const routes = listOperations(document).length;
  if (options.check) {
    const current = existsSync(out) ? await readFile(out, 'utf8') : '';
    print(current === page ? `✓ ${out} is up to date (${routes} routes).` : `✗ ${out} is stale.`);
    return current === page ? 0 : 1;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  print(`✓ Wrote ${out}: ${routes} routes, one column per role.`);
  return 0;
}
