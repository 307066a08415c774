/**
 * SQL for "within my subtree": `column LIKE path%` for any of the paths, the same meaning as the
 * CASL inSubtree condition, for list queries. Returns the condition and its parameters.
 */
export function underAny(column: string, paths: string[], prefix: string): [string, Record<string, string>] {
  if (paths.length === 0) return ['1 = 0', {}];
  const sql = paths.map((_, i) => `${column} LIKE CONCAT(:${prefix}${i}, '%')`).join(' OR ');
  return [`(${sql})`, Object.fromEntries(paths.map((path, i) => [`${prefix}${i}`, path]))];
}
