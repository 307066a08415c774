import { MatrixRole } from '@thidua/server/core';
import type { Response } from 'supertest';
import { LeakWorld, Probe, TenantRole } from '../world';

/**
 * How the leak suite covers one route of the OpenAPI document. Each context lists its routes in
 * its own file (registry/<context>.ts) as `'METHOD /path/{param}': entry`, with the path exactly as
 * the OpenAPI document writes it.
 */
export type LeakEntry = TenantResourceEntry | PlatformEntry | SelfEntry | PublicEntry;

/** How B is refused when B's request names A's data. */
export interface Refusal {
  status: number;
  /** The `error` code of the body, when it is not simply `not_found`. */
  error?: string;
}

/** One request of B's at A's data, and the refusal it must get when B's role passes the guard. */
export interface LeakProbe extends Probe {
  /**
   * Defaults to 404. Use another only when it is exactly what an id that does not exist gets, e.g.
   * `{ status: 400, error: 'org_parent_unknown' }` for a parent named in a body. The suite also
   * sends the probe with A's ids swapped for unknown ones and requires the same status and code.
   */
  refusal?: Refusal;
}

/** What tenant A owns and how tenant B is pointed at it. */
export interface ResourceFixture extends LeakProbe {
  /**
   * `notFound`: B gets the refusal (404 by default) for one resource or a change to one. `list`: B
   * gets a list with none of A's rows (or 404 when A's id is a filter). `unaffected`: B's call may
   * succeed on B's own data (e.g. B's copy of a role), but shows nothing of A's and changes nothing
   * of A's. In every case roles of B that the route refuses get 403.
   */
  expect: 'notFound' | 'list' | 'unaffected';
  /** More requests checked the same way (other filters, A's id in another place). */
  variants?: LeakProbe[];
  /**
   * Strings only A's data contains (ids, unique codes and names). None may appear in any answer B
   * gets, except those B itself sent (a 404 message may echo the id asked for).
   */
  markers: string[];
  /** A's data as A's admin reads it through the API; it must be equal before and after B's calls. */
  snapshot: () => Promise<unknown>;
  /** More checks of each answer B gets when its role passes the guard. */
  check?: (res: Response) => void;
  /** Runs after each of B's calls that passed the guard, e.g. waits for a queued job B started. */
  settle?: (res: Response, world: LeakWorld) => Promise<void>;
  /** Who of A makes the control read when A's admin may not (e.g. a route only plan drafters pass). */
  controlAs?: TenantRole;
  /** Undoes what the fixture changed that other checks rely on (e.g. a narrowed role). */
  cleanup?: () => Promise<void>;
}

export interface TenantResourceEntry {
  kind: 'tenantResource';
  /**
   * Creates the resource in tenant A through the real API as A's admin (`world.a.admin.client`)
   * and says how B addresses it: path params, query filters and, for changes, a body that would be
   * valid if the resource were B's — so the only reason left to refuse is the tenant.
   */
  fixture: (world: LeakWorld) => Promise<ResourceFixture>;
  /**
   * A leak that is known and not fixed yet: the check then runs as `it.failing` (green while the
   * leak exists, red as soon as it is fixed, so the marker gets removed).
   */
  knownLeak?: string;
  matrix?: MatrixHint;
  badInput?: BadInputHint;
}

/** Platform management: only operators pass; a tenant admin of B gets 403 and nothing changes. */
export interface PlatformEntry {
  kind: 'platform';
  /** What B's users send, aimed at tenant A (params, body). */
  probe: (world: LeakWorld) => Promise<Probe>;
  /** The state the call could change, read as the operator; equal before and after. */
  snapshot: (world: LeakWorld) => Promise<unknown>;
  matrix?: MatrixHint;
  badInput?: BadInputHint;
}

/** Auth and session routes that act on the caller only. */
export interface SelfEntry {
  kind: 'self';
  /** Why the route cannot address another user's data (e.g. it takes no id). */
  why: string;
  /** Proves it: e.g. B's call leaves A's session working, or A's user id gives B 404. */
  prove: (world: LeakWorld) => Promise<void>;
  matrix?: MatrixHint;
  badInput?: BadInputHint;
}

/** No signed-in user, no tenant: health, readiness, sign-in. */
export interface PublicEntry {
  kind: 'public';
  /** Why no tenant data can leak through it. */
  why: string;
  matrix?: MatrixHint;
  badInput?: BadInputHint;
}

/** How the access matrix calls a route without changing anything. */
export interface MatrixHint {
  /**
   * Why calling the route as-is changes nothing that matters. Needed for a route that changes data
   * but has neither a JSON body to reject nor a path id to miss.
   */
  harmless?: string;
  /** Builds the request for one column (e.g. a refresh cookie, a real id). */
  prepare?: (world: LeakWorld, role: MatrixRole) => Promise<Probe>;
  /** The call ends the caller's sessions: the matrix signs the role in again afterwards. */
  endsSession?: boolean;
}

/** How the bad-input pass builds a body that would be valid but for the one fault it adds. */
export interface BadInputHint {
  /** A valid body (unknown field and wrong types are added to it). Defaults to the fixture's body. */
  validBody?: (world: LeakWorld) => Promise<unknown>;
  /** The route takes no JSON object (e.g. multipart upload): skip, saying why. */
  skip?: string;
}
