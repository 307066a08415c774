import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AttachCriteriaSetRequest,
  ClusterDto,
  ClusterListItemDto,
  ClusterQuery,
  CreateClusterRequest,
  CreateCriteriaSetRequest,
  CriteriaSetDto,
  CriteriaSetQuery,
  CriteriaSetSummaryDto,
  Page,
  PlanDto,
  PlanScoringDto,
  SaveCovenantRequest,
  SelectLeaderRequest,
  UpdateClusterRequest,
  UpdateCriteriaSetRequest,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

const enc = encodeURIComponent;
const setUrl = (id: string, tail = '') => `/api/criteria-sets/${enc(id)}${tail}`;
const clusterUrl = (id: string, tail = '') => `/api/clusters/${enc(id)}${tail}`;

/** Query parameters from an object, leaving out what is unset or empty. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** Criteria sets (bảng tiêu chí chấm điểm) and the set each plan scores with. */
@Injectable({ providedIn: 'root' })
export class CriteriaApi {
  private readonly http = inject(HttpClient);

  list(query: CriteriaSetQuery): Observable<Page<CriteriaSetSummaryDto>> {
    return this.http.get<Page<CriteriaSetSummaryDto>>('/api/criteria-sets', { params: queryParams(query) });
  }

  get(id: string): Observable<CriteriaSetDto> {
    return this.http.get<CriteriaSetDto>(setUrl(id));
  }

  create(body: CreateCriteriaSetRequest): Observable<CriteriaSetDto> {
    return this.http.post<CriteriaSetDto>('/api/criteria-sets', body);
  }

  update(id: string, body: UpdateCriteriaSetRequest): Observable<CriteriaSetDto> {
    return this.http.put<CriteriaSetDto>(setUrl(id), body);
  }

  /** `publish`, `archive` or `copy` (a new draft from the set). */
  act(id: string, action: 'publish' | 'archive' | 'copy'): Observable<CriteriaSetDto> {
    return this.http.post<CriteriaSetDto>(setUrl(id, `/${action}`), {});
  }

  remove(id: string): Observable<unknown> {
    return this.http.delete(setUrl(id));
  }

  plan(planId: string): Observable<PlanDto> {
    return this.http.get<PlanDto>(`/api/plans/${enc(planId)}`);
  }

  scoring(planId: string): Observable<PlanScoringDto> {
    return this.http.get<PlanScoringDto>(`/api/plans/${enc(planId)}/scoring`);
  }

  attach(planId: string, body: AttachCriteriaSetRequest): Observable<PlanScoringDto> {
    return this.http.put<PlanScoringDto>(`/api/plans/${enc(planId)}/scoring`, body);
  }
}

/** Cụm, khối thi đua of a plan: members, covenant and the leading unit. */
@Injectable({ providedIn: 'root' })
export class ClustersApi {
  private readonly http = inject(HttpClient);

  list(query: ClusterQuery): Observable<Page<ClusterListItemDto>> {
    return this.http.get<Page<ClusterListItemDto>>('/api/clusters', { params: queryParams(query) });
  }

  get(id: string): Observable<ClusterDto> {
    return this.http.get<ClusterDto>(clusterUrl(id));
  }

  create(body: CreateClusterRequest): Observable<ClusterDto> {
    return this.http.post<ClusterDto>('/api/clusters', body);
  }

  update(id: string, body: UpdateClusterRequest): Observable<ClusterDto> {
    return this.http.put<ClusterDto>(clusterUrl(id), body);
  }

  saveCovenant(id: string, body: SaveCovenantRequest): Observable<ClusterDto> {
    return this.http.put<ClusterDto>(clusterUrl(id, '/covenant'), body);
  }

  selectLeader(id: string, body: SelectLeaderRequest): Observable<ClusterDto> {
    return this.http.post<ClusterDto>(clusterUrl(id, '/leader'), body);
  }

  remove(id: string): Observable<unknown> {
    return this.http.delete(clusterUrl(id));
  }
}

/** dd/MM/yyyy from YYYY-MM-DD (or an ISO instant). */
export function dayText(value: string | null | undefined): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Points as Vietnamese write them: 2 decimals at most, a comma for the decimal point. */
export function points(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return String(Math.round(value * 100) / 100).replace('.', ',');
}
