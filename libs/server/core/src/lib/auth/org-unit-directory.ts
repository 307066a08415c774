/**
 * What identity needs to know about org units without reading the org context's tables: their
 * materialised paths (for "within my subtree") and names. Provided by the org context.
 */
export const ORG_UNIT_DIRECTORY = Symbol('OrgUnitDirectory');

/** What another context may know of a unit. */
export interface OrgUnitSummary {
  id: string;
  code: string;
  name: string;
  path: string;
  typeCode: string;
  active: boolean;
}

export interface OrgUnitDirectory {
  /** Paths of the given units of the current tenant; unknown ids are absent from the map. */
  paths(unitIds: string[]): Promise<Map<string, string>>;
  /** Names of the given units of the current tenant, for display. */
  names(unitIds: string[]): Promise<Map<string, string>>;
  /** Summaries of the given units of the current tenant; unknown ids are absent from the map. */
  summaries(unitIds: string[]): Promise<Map<string, OrgUnitSummary>>;
  /** The active root units of the current tenant (the provincial federation). */
  roots(): Promise<OrgUnitSummary[]>;
}

/**
 * Emitted (awaited, inside the move's transaction) when a unit moves under another parent: other
 * contexts that keep unit paths for "within my subtree" filters rewrite the prefix.
 */
export const ORG_SUBTREE_MOVED = 'org.subtree-moved';

export interface OrgSubtreeMovedEvent {
  tenantId: string;
  oldPath: string;
  newPath: string;
}
