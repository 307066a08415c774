import { DEFAULT_UNIT_TYPES } from '../default-unit-types';
import { ExistingUnit, TypeFacts, validateRows } from './validate-rows';

const types: TypeFacts[] = DEFAULT_UNIT_TYPES.map((t) => ({
  ...t,
  id: `id-${t.code}`,
  childTypeCodes: [...t.childTypeCodes],
}));
const existing = new Map<string, ExistingUnit>([
  ['LDLD', { id: 'root', typeCode: 'province_federation', active: true }],
  ['OLD', { id: 'old', typeCode: 'commune_union', active: false }],
]);
const header = ['code', 'name', 'type', 'parent_code', 'address', 'member_count'];

describe('validateRows', () => {
  it('accepts English or Vietnamese headers and type names, and orders parents before children', () => {
    const { problems, units } = validateRows(
      [
        ['Mã', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Địa chỉ', 'Số đoàn viên'],
        ['CDCS-1', 'Công đoàn cơ sở Trường Tiểu học Lê Lợi', 'Công đoàn cơ sở', 'XA-1', '', '35'],
        ['XA-1', 'Công đoàn xã Diên Khánh', 'commune_union', 'LDLD', 'Diên Khánh', ''],
      ],
      types,
      existing,
    );
    expect(problems).toEqual([]);
    expect(units.map((u) => u.code)).toEqual(['XA-1', 'CDCS-1']);
    expect(units[1]).toMatchObject({ memberCount: 35, type: { code: 'grassroots_union' } });
  });

  it('reports every problem with its row and column', () => {
    const { problems, units } = validateRows(
      [
        header,
        ['A', '', 'grassroots_union', 'LDLD', '', 'nhiều'],
        ['A', 'Trùng mã', 'grassroots_union', 'LDLD', '', ''],
        ['LDLD', 'Đã có', 'commune_union', 'LDLD', '', ''],
        ['B', 'Loại lạ', 'hội phụ nữ', 'LDLD', '', ''],
        ['C', 'Cha không có', 'grassroots_union', 'KHONG-CO', '', ''],
        ['D', 'Cha đã giải thể', 'grassroots_union', 'OLD', '', ''],
        ['E', 'Sai cấp', 'commune_union', 'A', '', ''],
        ['F', 'Không có cấp trên', 'grassroots_union', '', '', ''],
        ['có dấu', 'Mã sai', 'grassroots_union', 'LDLD', '', ''],
      ],
      types,
      existing,
    );
    expect(units).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'name', 'import_required'],
      [2, 'member_count', 'import_member_count'],
      [3, 'code', 'import_code_duplicate'],
      [4, 'code', 'import_code_exists'],
      [5, 'type', 'import_type_unknown'],
      [6, 'parent_code', 'import_parent_unknown'],
      [7, 'parent_code', 'import_parent_unknown'],
      [8, 'type', 'import_parent_type'],
      [9, 'parent_code', 'import_root_type'],
      [10, 'code', 'import_code_format'],
    ]);
  });

  it('finds a loop of parent codes without recursing, even in a very long chain', () => {
    const chain = Array.from({ length: 15_000 }, (_, i) => [
      `U${i}`,
      `Đơn vị ${i}`,
      'union_group',
      `U${i + 1}`,
      '',
      '',
    ]);
    chain.push(['U15000', 'Cuối', 'union_group', 'U0', '', '']);
    const { problems } = validateRows([header, ...chain], types, existing);
    expect(problems.map((p) => p.code)).toContain('import_parent_type');
  });

  it('names a missing required column and an empty file', () => {
    expect(validateRows([['code', 'name']], types, existing).problems).toEqual([
      { row: 1, column: 'type', code: 'import_missing_column', params: { column: 'type' } },
    ]);
    expect(validateRows([header, ['', '', '', '', '', '']], types, existing).problems[0].code).toBe(
      'import_empty',
    );
  });
});
