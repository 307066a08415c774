import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A value a prepared read binds on each call; a list fills `IN (:...name)`. */
export type PreparedValue = string | number | boolean | Date | null | readonly (string | number)[];
export type PreparedValues = Readonly<Record<string, PreparedValue>>;

/** The names a page's size and offset are bound under. */
export const TAKE = '__take';
export const SKIP = '__skip';

/** Where a value goes in the compiled statement (`index` for an item of a list). */
class Slot {
  constructor(
    readonly name: string,
    readonly index: number | null,
  ) {}
}

export interface CompiledRead {
  sql: string;
  slots: Slot[];
}

/**
 * The cache key of a prepared read: the caller's shape and the names of its values, with each
 * list's length (a list of two compiles to two placeholders). The tenant's value is among them
 * when the read is scoped, so a tenant's read and a system read never share a statement.
 */
export function shapeKey(shape: string, values: PreparedValues): string {
  const names = Object.entries(values).map(([name, v]) => (Array.isArray(v) ? `${name}[${v.length}]` : name));
  return `${shape}|${names.sort().join(',')}`;
}

/**
 * The built query's SQL with placeholders and the value each placeholder reads. Every parameter
 * the query sets must be one of `values`: one set while building and not bound per call would be
 * frozen into every later call.
 */
export function compileRead(
  shape: string,
  qb: SelectQueryBuilder<ObjectLiteral>,
  values: PreparedValues,
  paged = false,
): CompiledRead {
  const frozen = Object.keys(qb.expressionMap.parameters).filter((name) => !(name in values));
  if (frozen.length > 0) {
    throw new Error(`Prepared read "${shape}": bind ${frozen.map((n) => `:${n}`).join(', ')} per call`);
  }
  qb.setParameters(
    Object.fromEntries(
      Object.entries(values).map(([name, v]) => [
        name,
        Array.isArray(v) ? v.map((_, i) => new Slot(name, i)) : new Slot(name, null),
      ]),
    ),
  );
  const [sql, params] = qb.getQueryAndParameters();
  const slots = params.map((p) => {
    if (!(p instanceof Slot)) throw new Error(`Prepared read "${shape}": a placeholder has no named value`);
    return p;
  });
  // TypeORM writes a page's limit into the SQL; a placeholder lets every page share the statement.
  if (paged)
    return { sql: `${sql} LIMIT ? OFFSET ?`, slots: [...slots, new Slot(TAKE, null), new Slot(SKIP, null)] };
  return { sql, slots };
}

/** The statement's parameters for one call, in placeholder order. */
export function bindRead(compiled: CompiledRead, values: PreparedValues): unknown[] {
  return compiled.slots.map((slot) => {
    const value = values[slot.name];
    return slot.index === null ? value : (value as readonly unknown[])[slot.index];
  });
}

/** Whether two compilations of one shape are the same statement (a shape that names too little is not). */
export function sameRead(a: CompiledRead, b: CompiledRead): boolean {
  return (
    a.sql === b.sql &&
    a.slots.length === b.slots.length &&
    a.slots.every((s, i) => s.name === b.slots[i].name && s.index === b.slots[i].index)
  );
}
