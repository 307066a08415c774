import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CloseOrgUnitRequest,
  CreateOrgUnitRequest,
  MergeOrgUnitsRequest,
  MoveOrgUnitRequest,
  OrgImportAccepted,
  OrgImportStatus,
  OrgUnitDetailDto,
  OrgUnitDto,
  OrgUnitEventDto,
  OrgUnitQuery,
  OrgUnitTypeDto,
  Page,
  RenameOrgUnitRequest,
  SplitOrgUnitRequest,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/org';
const unitUrl = (id: string, tail = '') => `${BASE}/units/${encodeURIComponent(id)}${tail}`;

/** Query parameters from an object, leaving out what is unset or empty. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** The organisation tree of the current tenant. */
@Injectable({ providedIn: 'root' })
export class OrgApi {
  private readonly http = inject(HttpClient);

  unitTypes(): Observable<OrgUnitTypeDto[]> {
    return this.http.get<OrgUnitTypeDto[]>(`${BASE}/unit-types`);
  }

  /** Children of `parentId` (roots without it), or a search across the tree with `q`. */
  units(query: OrgUnitQuery): Observable<Page<OrgUnitDto>> {
    return this.http.get<Page<OrgUnitDto>>(`${BASE}/units`, { params: queryParams(query) });
  }

  unit(id: string): Observable<OrgUnitDetailDto> {
    return this.http.get<OrgUnitDetailDto>(unitUrl(id));
  }

  history(id: string): Observable<OrgUnitEventDto[]> {
    return this.http.get<OrgUnitEventDto[]>(unitUrl(id, '/history'));
  }

  create(body: CreateOrgUnitRequest): Observable<OrgUnitDetailDto> {
    return this.http.post<OrgUnitDetailDto>(`${BASE}/units`, body);
  }

  rename(id: string, body: RenameOrgUnitRequest): Observable<OrgUnitDetailDto> {
    return this.http.post<OrgUnitDetailDto>(unitUrl(id, '/rename'), body);
  }

  move(id: string, body: MoveOrgUnitRequest): Observable<OrgUnitDetailDto> {
    return this.http.post<OrgUnitDetailDto>(unitUrl(id, '/move'), body);
  }

  close(id: string, body: CloseOrgUnitRequest): Observable<OrgUnitDetailDto> {
    return this.http.post<OrgUnitDetailDto>(unitUrl(id, '/close'), body);
  }

  /** Answers with the unit the sources became. */
  merge(body: MergeOrgUnitsRequest): Observable<OrgUnitDetailDto> {
    return this.http.post<OrgUnitDetailDto>(`${BASE}/merges`, body);
  }

  /** Answers with the new units. */
  split(id: string, body: SplitOrgUnitRequest): Observable<OrgUnitDetailDto[]> {
    return this.http.post<OrgUnitDetailDto[]>(unitUrl(id, '/split'), body);
  }

  /** Uploads an .xlsx or .csv file; the API checks and imports it in the background (202). */
  startImport(file: File): Observable<OrgImportAccepted> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<OrgImportAccepted>(`${BASE}/imports`, body);
  }

  importStatus(importId: string): Observable<OrgImportStatus> {
    return this.http.get<OrgImportStatus>(`${BASE}/imports/${encodeURIComponent(importId)}`);
  }
}
