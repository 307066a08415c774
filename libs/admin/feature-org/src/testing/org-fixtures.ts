import { OrgUnitDetailDto, OrgUnitDto, OrgUnitTypeDto, Page } from '@thidua/shared/contracts';

/** Unit types as the API seeds them (after the 2025 reform, plus the historical district federation). */
export const TYPES: OrgUnitTypeDto[] = [
  {
    id: 'type-province',
    code: 'province_federation',
    name: 'Liên đoàn Lao động tỉnh, thành phố',
    childTypeCodes: ['commune_union', 'grassroots_union', 'district_federation'],
    historical: false,
  },
  {
    id: 'type-commune',
    code: 'commune_union',
    name: 'Công đoàn xã, phường, đặc khu',
    childTypeCodes: ['grassroots_union'],
    historical: false,
  },
  { id: 'type-cs', code: 'grassroots_union', name: 'Công đoàn cơ sở', childTypeCodes: [], historical: false },
  {
    id: 'type-district',
    code: 'district_federation',
    name: 'Liên đoàn Lao động cấp huyện (trước 7/2025)',
    childTypeCodes: ['grassroots_union'],
    historical: true,
  },
];

const typeOf = (code: string) => TYPES.find((t) => t.code === code) ?? TYPES[0];

/** A unit; `parent` sets parentId, path and depth. */
export function unit(
  id: string,
  name: string,
  overrides: Partial<OrgUnitDto> & { parent?: OrgUnitDto; typeCode?: string } = {},
): OrgUnitDto {
  const { parent, typeCode = parent ? 'commune_union' : 'province_federation', ...rest } = overrides;
  const type = typeOf(typeCode);
  return {
    id,
    code: id.toUpperCase(),
    name,
    typeId: type.id,
    typeCode: type.code,
    typeName: type.name,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    address: null,
    memberCount: null,
    status: 'active',
    validFrom: '2025-07-01',
    validTo: null,
    childCount: 0,
    ...rest,
  };
}

export function detail(u: OrgUnitDto, ancestors: OrgUnitDto[] = []): OrgUnitDetailDto {
  return { ...u, ancestors: ancestors.map(({ id, code, name }) => ({ id, code, name })) };
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 50): Page<T> {
  return { items, total, page, pageSize };
}

export const ROOT_UNIT = unit('root', 'Liên đoàn Lao động tỉnh Khánh Hòa', { childCount: 2 });
export const NHA_TRANG = unit('nt', 'Công đoàn phường Nha Trang', { parent: ROOT_UNIT, childCount: 3 });
export const CAM_LAM = unit('cl', 'Công đoàn xã Cam Lâm', { parent: ROOT_UNIT });
export const SCHOOL = unit('cs1', 'Công đoàn cơ sở Trường THCS Lê Thánh Tôn', {
  parent: NHA_TRANG,
  typeCode: 'grassroots_union',
});
