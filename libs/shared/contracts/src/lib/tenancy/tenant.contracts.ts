/**
 * Tenants as the API sends them: mirrors TenantEntity and the Create/Update/SetStatus DTOs of
 * libs/server/tenancy (dates travel as ISO strings).
 */
export const TENANT_STATUSES = ['active', 'suspended', 'merged'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** A provincial federation (Liên đoàn Lao động tỉnh/thành phố): one tenant of the platform. */
export interface TenantDto {
  id: string;
  /** Stable slug, e.g. `khanh-hoa`: lower-case letters, digits and dashes, 2–40 characters. */
  code: string;
  name: string;
  /** Issuer code in document symbols, e.g. `LĐ` in 22/KH-LĐ. */
  issuerCode: string;
  /** First header line of documents: the superior body, e.g. TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM. */
  headerSuperior: string;
  /** Second header line: the issuing body, e.g. LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA. */
  headerIssuer: string;
  /** Place written before the date, e.g. "Khánh Hòa" in "Khánh Hòa, ngày 26 tháng 01 năm 2024". */
  placeName: string;
  /** IANA time zone, default `Asia/Ho_Chi_Minh`. */
  timeZone: string;
  status: TenantStatus;
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/tenants */
export interface CreateTenantRequest {
  code: string;
  name: string;
  issuerCode: string;
  headerSuperior: string;
  headerIssuer: string;
  placeName: string;
  timeZone?: string;
}

/** PATCH /api/tenants/:id */
export type UpdateTenantRequest = Partial<CreateTenantRequest>;

/** POST /api/tenants/:id/status */
export interface SetTenantStatusRequest {
  status: Exclude<TenantStatus, 'merged'>;
}

/** The tenant code rule of CreateTenantDto. */
export const TENANT_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
