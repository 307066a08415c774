import { INestApplication } from '@nestjs/common';
import { HttpMethod, TenantContext } from '@thidua/server/core';
import { UsersService } from '@thidua/server/identity';
import { TenantEntity } from '@thidua/server/tenancy';
import { REFRESH_COOKIE } from '@thidua/shared/contracts';
import { ROLE_KEYS, RoleKey } from '@thidua/shared/permissions';
import request from 'supertest';
import { PASSWORD, seedOperator, seedTenant } from '../api-harness';

/** The two tenants of the leak suite (A owns the data, B tries to reach it) and an operator. */

export type TenantRole = Exclude<RoleKey, 'platform_operator'>;
export const TENANT_ROLES = ROLE_KEYS.filter((r): r is TenantRole => r !== 'platform_operator');

/** What a request carries besides its method and path. */
export interface Probe {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Multipart files: field name → file name and content. */
  files?: Record<string, { name: string; content: string | Buffer }>;
}

/** A caller: a signed-in user (or nobody, token null) and a way to send requests as them. */
export class Client {
  constructor(
    private readonly api: INestApplication,
    public token: string | null,
  ) {}

  send(method: HttpMethod, path: string, probe: Probe = {}): Promise<request.Response> {
    let req = request(this.api.getHttpServer())[method](fillPath(path, probe.params ?? {}));
    if (this.token) req = req.set('Authorization', `Bearer ${this.token}`);
    for (const [name, value] of Object.entries(probe.headers ?? {})) req = req.set(name, value);
    if (probe.query) req = req.query(probe.query);
    if (probe.files) {
      for (const [field, file] of Object.entries(probe.files)) {
        req = req.attach(field, Buffer.from(file.content), file.name);
      }
      return req;
    }
    return probe.body === undefined ? req : req.send(probe.body as object);
  }

  /** The response body of a request that must succeed (fixtures): anything else throws, with the body. */
  async ok<T = Record<string, unknown>>(method: HttpMethod, path: string, probe: Probe = {}): Promise<T> {
    const res = await this.send(method, path, probe);
    if (res.status >= 300) {
      throw new Error(
        `fixture request ${method.toUpperCase()} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`,
      );
    }
    return res.body as T;
  }

  get<T = Record<string, unknown>>(path: string, query?: Record<string, string>): Promise<T> {
    return this.ok<T>('get', path, { query });
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
    return this.ok<T>('post', path, { body });
  }
}

export interface Actor {
  role: RoleKey;
  login: string;
  userId: string;
  client: Client;
}

export interface TenantSide {
  tenant: TenantEntity;
  actors: Record<TenantRole, Actor>;
  /** The tenant administrator: creates fixtures (A) or attacks (B). */
  admin: Actor;
}

export interface LeakWorld {
  api: INestApplication;
  a: TenantSide;
  b: TenantSide;
  operator: Actor;
  anonymous: Client;
  /** A new signed-in user of the tenant, for proofs that end sessions or change the user. */
  newUser(side: TenantSide, role: TenantRole): Promise<Actor>;
  /** Signs the login in again: a fresh access token and the refresh cookie (`name=value`). */
  signInAgain(login: string): Promise<{ token: string; cookie: string }>;
}

/** `/api/org/units/{id}` with `{ id: 'u1' }` → `/api/org/units/u1`; a missing value throws. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter {${name}} of ${path}`);
    return encodeURIComponent(value);
  });
}

export function refreshCookieOf(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!cookie) throw new Error('sign-in set no refresh cookie');
  return cookie.split(';')[0];
}

export async function seedLeakWorld(api: INestApplication): Promise<LeakWorld> {
  const signInAgain = async (login: string) => {
    const res = await request(api.getHttpServer())
      .post('/api/auth/sign-in')
      .send({ login, password: PASSWORD });
    if (res.status !== 200) throw new Error(`sign-in of ${login} answered ${res.status}`);
    return { token: res.body.accessToken as string, cookie: refreshCookieOf(res) };
  };
  const actor = async (role: RoleKey, login: string): Promise<Actor> => {
    const client = new Client(api, (await signInAgain(login)).token);
    const me = await client.get<{ user: { id: string } }>('/api/auth/me');
    return { role, login, userId: me.user.id, client };
  };
  const side = async (): Promise<TenantSide> => {
    const { tenant, logins } = await seedTenant(api, [...TENANT_ROLES]);
    const entries = await Promise.all(TENANT_ROLES.map(async (r) => [r, await actor(r, logins[r])] as const));
    const actors = Object.fromEntries(entries) as Record<TenantRole, Actor>;
    return { tenant, actors, admin: actors.tenant_admin };
  };
  let extra = 0;
  const newUser = async (s: TenantSide, role: TenantRole): Promise<Actor> => {
    const login = `extra${++extra}.${role}.${s.tenant.code}@test.thidua.vn`;
    await api.get(TenantContext).runAsSystem('leak suite seed', async () => {
      const users = api.get(UsersService);
      const user = await users.create({
        tenantId: s.tenant.id,
        email: login,
        displayName: login,
        password: PASSWORD,
      });
      await users.assignRole(s.tenant.id, user.id, role);
    });
    return actor(role, login);
  };
  return {
    api,
    a: await side(),
    b: await side(),
    operator: await actor('platform_operator', await seedOperator(api)),
    anonymous: new Client(api, null),
    newUser,
    signInAgain,
  };
}
