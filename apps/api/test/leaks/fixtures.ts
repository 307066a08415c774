import { randomUUID } from 'node:crypto';
import {
  OrgUnitDetailDto,
  OrgUnitDto,
  OrgUnitEventDto,
  OrgUnitTypeDto,
  Page,
} from '@thidua/shared/contracts';
import { Client } from './world';

/** Data the registry's fixtures create through the real API, shared by several contexts. */

let sequence = 0;

/** A value no other fixture, tenant or run uses: `LK-<time>-<n>` (fits an org unit code). */
export function unique(prefix = 'LK'): string {
  return `${prefix}-${Date.now().toString(36)}-${++sequence}`.toUpperCase();
}

/** A well-formed id that names nothing. */
export const nobody = (): string => randomUUID();

export async function unitTypeIds(client: Client): Promise<Record<string, string>> {
  const types = await client.get<OrgUnitTypeDto[]>('/api/org/unit-types');
  return Object.fromEntries(types.map((t) => [t.code, t.id]));
}

export async function createUnit(
  client: Client,
  typeCode: string,
  parentId: string | null,
  name = `Công đoàn Rò Rỉ ${unique()}`,
): Promise<OrgUnitDetailDto> {
  const types = await unitTypeIds(client);
  return client.post<OrgUnitDetailDto>('/api/org/units', {
    code: unique(),
    name,
    typeId: types[typeCode],
    parentId,
    effectiveDate: '2025-07-01',
  });
}

/** A province federation with one commune union and one grassroots union under it. */
export interface OrgTree {
  root: OrgUnitDetailDto;
  commune: OrgUnitDetailDto;
  grassroots: OrgUnitDetailDto;
}

export async function createTree(client: Client): Promise<OrgTree> {
  const root = await createUnit(client, 'province_federation', null);
  const commune = await createUnit(client, 'commune_union', root.id);
  const grassroots = await createUnit(client, 'grassroots_union', root.id);
  return { root, commune, grassroots };
}

export function unitMarkers(...units: OrgUnitDto[]): string[] {
  return units.flatMap((u) => [u.id, u.code, u.name]);
}

/** A unit as its own tenant reads it: detail, history and every child. */
export async function unitSnapshot(client: Client, id: string): Promise<unknown> {
  const [detail, history, children] = await Promise.all([
    client.get<OrgUnitDetailDto>(`/api/org/units/${id}`),
    client.get<OrgUnitEventDto[]>(`/api/org/units/${id}/history`),
    client.get<Page<OrgUnitDto>>('/api/org/units', { parentId: id, status: 'all', pageSize: '200' }),
  ]);
  return { detail, history, children };
}

export async function treeSnapshot(client: Client, tree: OrgTree): Promise<unknown> {
  return Promise.all([tree.root, tree.commune, tree.grassroots].map((u) => unitSnapshot(client, u.id)));
}
