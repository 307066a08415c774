import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  Page,
  PlanDashboardDto,
  PlanDto,
  SaveReviewScoreRequest,
  SaveSelfScoreRequest,
  ScorecardDecisionRequest,
  ScorecardDto,
  ScorecardEvidenceDto,
  ScorecardListItemDto,
  ScorecardQuery,
  ScoreEventDto,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

const enc = encodeURIComponent;
const planUrl = (planId: string) => `/api/plans/${enc(planId)}`;

/** Where a scorecard lives: the plan and the unit scored. */
export interface ScorecardKey {
  planId: string;
  unitId: string;
}

const cardUrl = (key: ScorecardKey, tail = '') =>
  `${planUrl(key.planId)}/scorecards/${enc(key.unitId)}${tail}`;

/** Query parameters from an object, leaving out what is unset or empty. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** Scorecards (phiếu chấm điểm): self-scoring, review, decisions, history and evidence; the plan dashboard. */
@Injectable({ providedIn: 'root' })
export class ScoringApi {
  private readonly http = inject(HttpClient);

  plan(planId: string): Observable<PlanDto> {
    return this.http.get<PlanDto>(planUrl(planId));
  }

  scorecard(key: ScorecardKey): Observable<ScorecardDto> {
    return this.http.get<ScorecardDto>(cardUrl(key));
  }

  saveSelf(key: ScorecardKey, body: SaveSelfScoreRequest): Observable<ScorecardDto> {
    return this.http.put<ScorecardDto>(cardUrl(key), body);
  }

  submit(key: ScorecardKey): Observable<ScorecardDto> {
    return this.http.post<ScorecardDto>(cardUrl(key, '/submit'), {});
  }

  saveReview(key: ScorecardKey, body: SaveReviewScoreRequest): Observable<ScorecardDto> {
    return this.http.put<ScorecardDto>(cardUrl(key, '/review'), body);
  }

  decide(key: ScorecardKey, body: ScorecardDecisionRequest): Observable<ScorecardDto> {
    return this.http.post<ScorecardDto>(cardUrl(key, '/decision'), body);
  }

  history(key: ScorecardKey): Observable<ScoreEventDto[]> {
    return this.http.get<ScoreEventDto[]>(cardUrl(key, '/history'));
  }

  uploadEvidence(
    key: ScorecardKey,
    file: File,
    criterionCode: string | null,
  ): Observable<ScorecardEvidenceDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    if (criterionCode) body.append('criterionCode', criterionCode);
    return this.http.post<ScorecardEvidenceDto>(cardUrl(key, '/evidence'), body);
  }

  downloadEvidence(key: ScorecardKey, evidenceId: string): Observable<Blob> {
    return this.http.get(cardUrl(key, `/evidence/${enc(evidenceId)}`), { responseType: 'blob' });
  }

  removeEvidence(key: ScorecardKey, evidenceId: string): Observable<unknown> {
    return this.http.delete(cardUrl(key, `/evidence/${enc(evidenceId)}`));
  }

  scorecards(query: ScorecardQuery): Observable<Page<ScorecardListItemDto>> {
    return this.http.get<Page<ScorecardListItemDto>>('/api/scorecards', { params: queryParams(query) });
  }

  dashboard(planId: string): Observable<PlanDashboardDto> {
    return this.http.get<PlanDashboardDto>(`${planUrl(planId)}/dashboard`);
  }
}

/** "1,2 MB", "340 KB": a file size as people read it. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "85,5": points as Vietnamese write them; "—" for none. */
export function points(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return String(Math.round(value * 100) / 100).replace('.', ',');
}
