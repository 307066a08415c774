import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateTenantRequest,
  Page,
  SetTenantStatusRequest,
  SignInResponse,
  TenantDto,
  UpdateTenantRequest,
} from '@thidua/shared/contracts';
import { map, Observable } from 'rxjs';

const BASE = '/api/tenants';
const url = (id: string, tail = '') => `${BASE}/${encodeURIComponent(id)}${tail}`;

/** Platform operators' calls: the tenants (provincial federations) of the platform. */
@Injectable({ providedIn: 'root' })
export class TenantsApi {
  private readonly http = inject(HttpClient);

  /** All tenants (a few dozen at most: one per province); a paginated answer is accepted too. */
  list(): Observable<TenantDto[]> {
    return this.http
      .get<TenantDto[] | Page<TenantDto>>(BASE)
      .pipe(map((answer) => (Array.isArray(answer) ? answer : answer.items)));
  }

  create(body: CreateTenantRequest): Observable<TenantDto> {
    return this.http.post<TenantDto>(BASE, body);
  }

  update(id: string, body: UpdateTenantRequest): Observable<TenantDto> {
    return this.http.patch<TenantDto>(url(id), body);
  }

  setStatus(id: string, status: SetTenantStatusRequest['status']): Observable<TenantDto> {
    const body: SetTenantStatusRequest = { status };
    return this.http.post<TenantDto>(url(id, '/status'), body);
  }

  /** A session inside the tenant, for support: the operator acts on its behalf. */
  impersonate(id: string): Observable<SignInResponse> {
    return this.http.post<SignInResponse>(url(id, '/impersonate'), {});
  }
}
