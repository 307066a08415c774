import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AcknowledgePlanResponse,
  CreatePlanRequest,
  DerivePlanRequest,
  Page,
  PlanDto,
  PlanImportResult,
  PlanListItemDto,
  PlanQuery,
  PlanReceiptDto,
  PlanReceiptQuery,
  PlanTemplateDto,
  PlanTransitionDto,
  PlanTransitionRequest,
  UpdatePlanRequest,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/plans';
const planUrl = (id: string, tail = '') => `${BASE}/${encodeURIComponent(id)}${tail}`;

/** Query parameters from an object, leaving out what is unset or empty. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** Emulation plans (kế hoạch thi đua) of the current tenant: drafting, approval, distribution. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  list(query: PlanQuery): Observable<Page<PlanListItemDto>> {
    return this.http.get<Page<PlanListItemDto>>(BASE, { params: queryParams(query) });
  }

  /** A blank plan with the issuer's defaults (header lines, symbol, place, signer); the root unit by default. */
  template(issuerUnitId?: string | null): Observable<PlanTemplateDto> {
    return this.http.get<PlanTemplateDto>(`${BASE}/template`, {
      params: queryParams({ issuerUnitId: issuerUnitId ?? undefined }),
    });
  }

  get(id: string): Observable<PlanDto> {
    return this.http.get<PlanDto>(planUrl(id));
  }

  create(body: CreatePlanRequest): Observable<PlanDto> {
    return this.http.post<PlanDto>(BASE, body);
  }

  update(id: string, body: UpdatePlanRequest): Observable<PlanDto> {
    return this.http.put<PlanDto>(planUrl(id), body);
  }

  /** Drafts only. */
  remove(id: string): Observable<unknown> {
    return this.http.delete(planUrl(id));
  }

  transition(id: string, body: PlanTransitionRequest): Observable<PlanDto> {
    return this.http.post<PlanDto>(planUrl(id, '/transitions'), body);
  }

  history(id: string): Observable<PlanTransitionDto[]> {
    return this.http.get<PlanTransitionDto[]>(planUrl(id, '/history'));
  }

  receipts(id: string, query: PlanReceiptQuery): Observable<Page<PlanReceiptDto>> {
    return this.http.get<Page<PlanReceiptDto>>(planUrl(id, '/receipts'), { params: queryParams(query) });
  }

  acknowledge(id: string, unitId: string): Observable<AcknowledgePlanResponse> {
    return this.http.post<AcknowledgePlanResponse>(
      planUrl(id, `/receipts/${encodeURIComponent(unitId)}/acknowledge`),
      {},
    );
  }

  /** A lower unit's own draft, built from a plan it received. */
  derive(id: string, body: DerivePlanRequest): Observable<PlanDto> {
    return this.http.post<PlanDto>(planUrl(id, '/derive'), body);
  }

  /** Reads a .txt, .md or .docx plan; nothing is saved. */
  importFile(file: File): Observable<PlanImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<PlanImportResult>(`${BASE}/import`, body);
  }

  /** Reads pasted plan text; nothing is saved. */
  importText(text: string): Observable<PlanImportResult> {
    return this.http.post<PlanImportResult>(`${BASE}/import`, { text });
  }
}
