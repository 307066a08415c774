import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { listOperations, OpenApiDocumentLike, RouteOperation } from '@thidua/server/core';
import request from 'supertest';
import { startApi, startWorker } from '../api-harness';
import {
  badInputTarget,
  bodySchema,
  refusalProblems,
  unfilledMessages,
  unreportedFields,
  wrongTypes,
} from './bad-input';
import { LEAK_REGISTRY } from './registry';
import { LeakWorld, seedLeakWorld } from './world';

const UNKNOWN_FIELD = 'truongLa';

/**
 * Every POST, PUT and PATCH with a JSON body, sent by a user the route lets in: an unknown field, and
 * fields of the wrong type, each get 400 in the one error shape (statusCode, error, message,
 * errors[]) and change nothing. File uploads are covered by their own tests.
 */
describe('bad input on every JSON route: refused with field errors, nothing changes', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  let world: LeakWorld;
  let doc: OpenApiDocumentLike;
  let routes: Map<string, RouteOperation>;
  const checked: string[] = [];
  const warnings: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    world = await seedLeakWorld(api);
    doc = (await request(api.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenApiDocumentLike;
    routes = new Map(listOperations(doc).map((r) => [r.key, r]));
  }, 60_000);

  afterAll(async () => {
    process.stdout.write(
      `\nBad-input pass: ${checked.length} JSON routes checked.\n` +
        (warnings.length ? `Warnings (not failed):\n  ${warnings.join('\n  ')}\n` : ''),
    );
    await worker?.close();
    await api?.close();
  });

  it('knows every JSON route of the document (the leak registry lists them)', () => {
    const json = [...routes.values()].filter((r) => r.jsonBody && r.method !== 'get');
    expect(
      json.filter((r) => !LEAK_REGISTRY.has(r.key)).map((r) => `${r.key} is not in the leak registry`),
    ).toEqual([]);
  });

  for (const [key, entry] of LEAK_REGISTRY) {
    if (!/^(POST|PUT|PATCH) /.test(key)) continue;
    const skip = entry.badInput?.skip;
    it(`${key}${skip ? ` — skipped: ${skip}` : ''}`, async () => {
      const route = routes.get(key);
      if (skip || !route?.jsonBody) return;
      const target = await badInputTarget(world, route, entry);
      try {
        const before = await target.snapshot?.();
        const send = async (body: unknown) => {
          const res = await target.client.send(route.method, route.path, { params: target.params, body });
          warnings.push(
            ...unfilledMessages(res).map((m) => `${key} ${JSON.stringify(body).slice(0, 40)} → ${m}`),
          );
          return res;
        };
        const wrong = wrongTypes(bodySchema(doc, route));
        const unknownField = await send({ ...target.validBody, [UNKNOWN_FIELD]: 'không ai khai báo' });
        const wrongTyped = await send({ ...target.validBody, ...wrong });
        const array = await send([]);
        warnings.push(
          ...unreportedFields(wrongTyped, Object.keys(wrong)).map(
            (f) => `${key}: «${f}» of the wrong type not named`,
          ),
        );
        const problems = [
          ...refusalProblems(unknownField, [UNKNOWN_FIELD]).map((p) => `unknown field: ${p}`),
          ...refusalProblems(wrongTyped, Object.keys(wrong)).map(
            (p) => `wrong types ${JSON.stringify(wrong)}: ${p}`,
          ),
          ...refusalProblems(array, []).map((p) => `array instead of an object: ${p}`),
        ];
        if (target.snapshot && JSON.stringify(await target.snapshot()) !== JSON.stringify(before)) {
          problems.push('a refused request changed data');
        }
        checked.push(key);
        expect(problems).toEqual([]);
      } finally {
        await target.cleanup?.();
      }
    }, 60_000);
  }
});
