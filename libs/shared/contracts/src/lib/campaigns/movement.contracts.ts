import { PageQuery } from '../common/page';

/** Regular (thường xuyên, yearly) or thematic (theo chuyên đề / theo đợt) — Law 06/2022 Art. 16. */
export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * Where a catalogue entry comes from: the national list shipped with the platform, the tenant's
 * own entries, or a plugin (`plugin:<id>`).
 */
export type MovementSource = 'national' | 'tenant' | `plugin:${string}`;

export interface MovementDto {
  id: string;
  name: string;
  kind: MovementKind;
  /** Who launched it, e.g. `Tổng Liên đoàn Lao động Việt Nam`, `Thủ tướng Chính phủ`. */
  launcher: string;
  /** First and last year it runs; null when open-ended. */
  fromYear: number | null;
  toYear: number | null;
  description: string | null;
  source: MovementSource;
  active: boolean;
}

/** GET /api/movements */
export interface MovementQuery extends PageQuery {
  q?: string;
  kind?: MovementKind;
  source?: 'national' | 'tenant' | 'plugin';
  active?: boolean;
}

/** POST /api/movements — tenant entries only; national and plugin entries are read-only. */
export interface CreateMovementRequest {
  name: string;
  kind: MovementKind;
  launcher: string;
  fromYear?: number | null;
  toYear?: number | null;
  description?: string | null;
}

/** PATCH /api/movements/:id */
export type UpdateMovementRequest = Partial<CreateMovementRequest> & { active?: boolean };
