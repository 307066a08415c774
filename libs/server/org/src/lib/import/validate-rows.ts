import { ErrorCode, ErrorParam, foldVietnamese, ORG_IMPORT_COLUMNS } from '@thidua/shared/contracts';

export const MAX_IMPORT_ROWS = 20_000;

export interface TypeFacts {
  id: string;
  code: string;
  name: string;
  childTypeCodes: string[];
  canBeRoot: boolean;
  historical: boolean;
}

export interface ExistingUnit {
  id: string;
  typeCode: string;
  active: boolean;
}

/** A row problem before translation; the status endpoint words it in the reader's language. */
export interface RowProblem {
  row: number;
  column: string;
  code: ErrorCode;
  params?: Record<string, ErrorParam>;
}

export interface PlannedUnit {
  row: number;
  code: string;
  name: string;
  type: TypeFacts;
  parentCode: string | null;
  address: string | null;
  memberCount: number | null;
}

type Column = (typeof ORG_IMPORT_COLUMNS)[number];

/** Header titles accepted for each column, folded: the English key or the Vietnamese title. */
const HEADER_ALIASES: Record<Column, string[]> = {
  code: ['code', 'ma', 'ma don vi'],
  name: ['name', 'ten', 'ten don vi'],
  type: ['type', 'loai', 'loai don vi'],
  parent_code: ['parent_code', 'parent code', 'ma cap tren', 'ma don vi cap tren'],
  address: ['address', 'dia chi'],
  member_count: ['member_count', 'member count', 'so doan vien'],
};

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

/**
 * Checks every row of an import against the file itself and the current tree, and orders the
 * units so parents come before children. Any problem means nothing is imported.
 */
export function validateRows(
  rows: string[][],
  types: TypeFacts[],
  existing: Map<string, ExistingUnit>,
): { problems: RowProblem[]; units: PlannedUnit[] } {
  const problems: RowProblem[] = [];
  const [header = [], ...data] = rows;
  const folded = header.map((h) => foldVietnamese(h));
  const index = Object.fromEntries(
    ORG_IMPORT_COLUMNS.map((column) => [column, folded.findIndex((h) => HEADER_ALIASES[column].includes(h))]),
  ) as Record<Column, number>;
  for (const column of ['code', 'name', 'type'] as const) {
    if (index[column] < 0)
      problems.push({ row: 1, column, code: 'import_missing_column', params: { column } });
  }
  if (problems.length) return { problems, units: [] };
  const body = data.filter((row) => row.some((cell) => cell !== ''));
  if (body.length === 0) return { problems: [{ row: 2, column: 'code', code: 'import_empty' }], units: [] };
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      problems: [
        {
          row: 1,
          column: 'code',
          code: 'import_too_many_rows',
          params: { count: body.length, limit: MAX_IMPORT_ROWS },
        },
      ],
      units: [],
    };
  }

  const typeByKey = new Map<string, TypeFacts>();
  for (const t of types.filter((t) => !t.historical)) {
    typeByKey.set(foldVietnamese(t.code), t);
    typeByKey.set(foldVietnamese(t.name), t);
  }
  const cell = (row: string[], column: Column) => (index[column] >= 0 ? (row[index[column]] ?? '') : '');
  const planned = new Map<string, PlannedUnit>();
  data.forEach((row, i) => {
    const rowNumber = i + 2;
    if (!row.some((c) => c !== '')) return;
    const code = cell(row, 'code');
    const name = cell(row, 'name');
    const typeText = cell(row, 'type');
    const report = (column: Column, code: ErrorCode, params?: Record<string, string | number>) =>
      problems.push({ row: rowNumber, column, code, params });
    if (!code) report('code', 'import_required');
    else if (!CODE.test(code)) report('code', 'import_code_format');
    else if (planned.has(code))
      report('code', 'import_code_duplicate', { code, other: planned.get(code)?.row ?? '?' });
    else if (existing.has(code)) report('code', 'import_code_exists', { code });
    if (!name) report('name', 'import_required');
    const type = typeByKey.get(foldVietnamese(typeText));
    if (!typeText) report('type', 'import_required');
    else if (!type) report('type', 'import_type_unknown', { type: typeText });
    const members = cell(row, 'member_count');
    if (members && !/^\d{1,9}$/.test(members)) report('member_count', 'import_member_count');
    if (code && type && CODE.test(code) && !planned.has(code) && !existing.has(code)) {
      planned.set(code, {
        row: rowNumber,
        code,
        name,
        type,
        parentCode: cell(row, 'parent_code') || null,
        address: cell(row, 'address') || null,
        memberCount: members && /^\d+$/.test(members) ? Number(members) : null,
      });
    }
  });

  for (const unit of planned.values()) {
    if (!unit.parentCode) {
      if (!unit.type.canBeRoot)
        problems.push({
          row: unit.row,
          column: 'parent_code',
          code: 'import_root_type',
          params: { type: unit.type.name },
        });
      continue;
    }
    const inFile = planned.get(unit.parentCode);
    const inTree = existing.get(unit.parentCode);
    const parentTypeCode = inFile?.type.code ?? (inTree?.active ? inTree.typeCode : undefined);
    if (!parentTypeCode) {
      problems.push({
        row: unit.row,
        column: 'parent_code',
        code: 'import_parent_unknown',
        params: { code: unit.parentCode },
      });
      continue;
    }
    const parentType = types.find((t) => t.code === parentTypeCode);
    if (parentType && !parentType.childTypeCodes.includes(unit.type.code)) {
      problems.push({
        row: unit.row,
        column: 'type',
        code: 'import_parent_type',
        params: { childType: unit.type.name, parentType: parentType.name },
      });
    }
  }
  return problems.length
    ? { problems: problems.sort((a, b) => a.row - b.row), units: [] }
    : orderParentsFirst([...planned.values()]);
}

/** Parents before children, iteratively (a hostile file may chain thousands of rows); a loop is a problem. */
function orderParentsFirst(units: PlannedUnit[]): { problems: RowProblem[]; units: PlannedUnit[] } {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const done = new Set<string>();
  const ordered: PlannedUnit[] = [];
  for (const start of units) {
    const chain: PlannedUnit[] = [];
    const onChain = new Set<string>();
    let current: PlannedUnit | undefined = start;
    while (current && !done.has(current.code)) {
      if (onChain.has(current.code)) {
        return { problems: [{ row: current.row, column: 'parent_code', code: 'import_cycle' }], units: [] };
      }
      onChain.add(current.code);
      chain.push(current);
      current = current.parentCode ? byCode.get(current.parentCode) : undefined;
    }
    for (const unit of chain.reverse()) {
      done.add(unit.code);
      ordered.push(unit);
    }
  }
  return { problems: [], units: ordered };
}
