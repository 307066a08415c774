/**
 * What identity needs to know about org units without reading the org context's tables: their
 * materialised paths (for "within my subtree") and names. Provided by the org context.
 */
export const ORG_UNIT_DIRECTORY = Symbol('OrgUnitDirectory');

export interface OrgUnitDirectory {
  /** Paths of the given units of the current tenant; unknown ids are absent from the map. */
  paths(unitIds: string[]): Promise<Map<string, string>>;
  /** Names of the given units of the current tenant, for display. */
  names(unitIds: string[]): Promise<Map<string, string>>;
}
