import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  EvidenceDto,
  MyParticipationDto,
  Page,
  PhaseReportDto,
  PlanDto,
  PlanListItemDto,
  RegistrationDto,
  RegistrationListItemDto,
  RegistrationQuery,
  ReportListItemDto,
  ReportQuery,
  ReviewRequest,
  SaveRegistrationRequest,
  SaveReportRequest,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

const enc = encodeURIComponent;
const planUrl = (planId: string) => `/api/plans/${enc(planId)}`;
const registrationUrl = (planId: string, unitId: string, tail = '') =>
  `${planUrl(planId)}/registrations/${enc(unitId)}${tail}`;
const reportUrl = (planId: string, phaseId: string, unitId: string, tail = '') =>
  `${planUrl(planId)}/phases/${enc(phaseId)}/reports/${enc(unitId)}${tail}`;

/** Query parameters from an object, leaving out what is unset or empty. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** Where a report lives: plan, phase and unit. */
export interface ReportKey {
  planId: string;
  phaseId: string;
  unitId: string;
}

/** Units' registrations for a plan (đăng ký thi đua) and their phase reports (báo cáo đợt), with evidence. */
@Injectable({ providedIn: 'root' })
export class ParticipationApi {
  private readonly http = inject(HttpClient);

  /** Plans sent to the user's units. */
  receivedPlans(query: { q?: string; page: number; pageSize: number }): Observable<Page<PlanListItemDto>> {
    return this.http.get<Page<PlanListItemDto>>('/api/plans', {
      params: queryParams({ ...query, scope: 'received' }),
    });
  }

  plan(planId: string): Observable<PlanDto> {
    return this.http.get<PlanDto>(planUrl(planId));
  }

  mine(planId: string): Observable<MyParticipationDto> {
    return this.http.get<MyParticipationDto>(`${planUrl(planId)}/participation`);
  }

  registration(planId: string, unitId: string): Observable<RegistrationDto> {
    return this.http.get<RegistrationDto>(registrationUrl(planId, unitId));
  }

  saveRegistration(
    planId: string,
    unitId: string,
    body: SaveRegistrationRequest,
  ): Observable<RegistrationDto> {
    return this.http.put<RegistrationDto>(registrationUrl(planId, unitId), body);
  }

  submitRegistration(planId: string, unitId: string): Observable<RegistrationDto> {
    return this.http.post<RegistrationDto>(registrationUrl(planId, unitId, '/submit'), {});
  }

  reviewRegistration(planId: string, unitId: string, body: ReviewRequest): Observable<RegistrationDto> {
    return this.http.post<RegistrationDto>(registrationUrl(planId, unitId, '/review'), body);
  }

  registrations(query: RegistrationQuery): Observable<Page<RegistrationListItemDto>> {
    return this.http.get<Page<RegistrationListItemDto>>('/api/registrations', { params: queryParams(query) });
  }

  report(key: ReportKey): Observable<PhaseReportDto> {
    return this.http.get<PhaseReportDto>(reportUrl(key.planId, key.phaseId, key.unitId));
  }

  saveReport(key: ReportKey, body: SaveReportRequest): Observable<PhaseReportDto> {
    return this.http.put<PhaseReportDto>(reportUrl(key.planId, key.phaseId, key.unitId), body);
  }

  submitReport(key: ReportKey): Observable<PhaseReportDto> {
    return this.http.post<PhaseReportDto>(reportUrl(key.planId, key.phaseId, key.unitId, '/submit'), {});
  }

  reviewReport(key: ReportKey, body: ReviewRequest): Observable<PhaseReportDto> {
    return this.http.post<PhaseReportDto>(reportUrl(key.planId, key.phaseId, key.unitId, '/review'), body);
  }

  uploadEvidence(key: ReportKey, file: File): Observable<EvidenceDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<EvidenceDto>(reportUrl(key.planId, key.phaseId, key.unitId, '/evidence'), body);
  }

  downloadEvidence(key: ReportKey, evidenceId: string): Observable<Blob> {
    return this.http.get(reportUrl(key.planId, key.phaseId, key.unitId, `/evidence/${enc(evidenceId)}`), {
      responseType: 'blob',
    });
  }

  removeEvidence(key: ReportKey, evidenceId: string): Observable<unknown> {
    return this.http.delete(reportUrl(key.planId, key.phaseId, key.unitId, `/evidence/${enc(evidenceId)}`));
  }

  reports(query: ReportQuery): Observable<Page<ReportListItemDto>> {
    return this.http.get<Page<ReportListItemDto>>('/api/reports', { params: queryParams(query) });
  }
}

/** "1,2 MB", "340 KB": a file size as people read it. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** dd/MM/yyyy from YYYY-MM-DD (or an ISO instant). */
export function dayText(value: string | null): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
