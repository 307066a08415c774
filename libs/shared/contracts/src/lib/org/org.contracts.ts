import { PageQuery } from '../common/page';

/**
 * The organisation tree of a tenant. Units are never deleted: they are created, renamed, moved,
 * closed, merged and split with an effective date (YYYY-MM-DD) and a reason, and the tree can be
 * read as of any date.
 */
export type OrgUnitStatus = 'active' | 'closed' | 'merged';

export interface OrgUnitTypeDto {
  id: string;
  /** e.g. `province_federation`, `commune_union`, `industrial_park_union`, `sector_union`, `grassroots_union`. */
  code: string;
  name: string;
  /** Codes of the types a unit of this type may have as children. */
  childTypeCodes: string[];
  /** Types kept only for history (e.g. the district federation before the 2025 reform). */
  historical: boolean;
}

export interface OrgUnitDto {
  id: string;
  code: string;
  name: string;
  typeId: string;
  typeCode: string;
  typeName: string;
  parentId: string | null;
  /** Materialised path of ids from the root, `/id1/id2/…/`. */
  path: string;
  depth: number;
  address: string | null;
  memberCount: number | null;
  status: OrgUnitStatus;
  validFrom: string;
  validTo: string | null;
  /** Children that are active on the date asked about. */
  childCount: number;
}

export interface OrgUnitDetailDto extends OrgUnitDto {
  /** From the root down to the parent. */
  ancestors: Array<Pick<OrgUnitDto, 'id' | 'code' | 'name'>>;
}

/** GET /api/org/units — children of `parentId` (roots when absent), or a search across the tree when `q` is given. */
export interface OrgUnitQuery extends PageQuery {
  parentId?: string;
  q?: string;
  /** YYYY-MM-DD: the tree as it stood that day (default today). */
  asOf?: string;
  status?: OrgUnitStatus | 'all';
  typeCode?: string;
  sort?: 'name' | 'code' | 'memberCount';
}

export type OrgEventKind = 'created' | 'renamed' | 'moved' | 'closed' | 'merged' | 'split';

export interface OrgUnitEventDto {
  id: string;
  kind: OrgEventKind;
  effectiveDate: string;
  reason: string | null;
  /** What changed: previous and new name or parent; units merged from or split into. */
  details: {
    fromName?: string;
    toName?: string;
    fromParent?: { id: string; name: string } | null;
    toParent?: { id: string; name: string } | null;
    sources?: Array<{ id: string; code: string; name: string }>;
    targets?: Array<{ id: string; code: string; name: string }>;
  };
  actorName: string | null;
  recordedAt: string;
}

interface Effective {
  /** YYYY-MM-DD; defaults to today. */
  effectiveDate?: string;
  reason?: string;
}

export interface CreateOrgUnitRequest extends Effective {
  code: string;
  name: string;
  typeId: string;
  parentId: string | null;
  address?: string;
  memberCount?: number;
}

export interface RenameOrgUnitRequest extends Effective {
  name: string;
}

export interface MoveOrgUnitRequest extends Effective {
  parentId: string;
}

export type CloseOrgUnitRequest = Effective;

/** Several units become one: an existing unit (`targetId`) or a new one (`target`). */
export interface MergeOrgUnitsRequest extends Effective {
  sourceIds: string[];
  targetId?: string;
  target?: Omit<CreateOrgUnitRequest, 'effectiveDate' | 'reason'>;
}

/** One unit becomes several new units; the source closes. */
export interface SplitOrgUnitRequest extends Effective {
  targets: Array<
    Omit<CreateOrgUnitRequest, 'effectiveDate' | 'reason' | 'parentId'> & { parentId?: string | null }
  >;
}

/** POST /api/org/imports (multipart field `file`: .xlsx or .csv) answers 202 with this. */
export interface OrgImportAccepted {
  importId: string;
}

export interface ImportRowError {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

/** GET /api/org/imports/:importId */
export interface OrgImportStatus {
  importId: string;
  state: 'queued' | 'validating' | 'importing' | 'completed' | 'failed';
  /** 0–100. */
  progress: number;
  totalRows: number;
  processedRows: number;
  createdUnits: number;
  /** Present when the file was refused: nothing was imported. */
  errors: ImportRowError[];
  /** A whole-file problem (wrong type, too large, unreadable). */
  message?: string;
}

/** The columns an import file has, in this order; the header row names them. */
export const ORG_IMPORT_COLUMNS = ['code', 'name', 'type', 'parent_code', 'address', 'member_count'] as const;
