import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AssignRoleRequest,
  AuditEntryDto,
  InviteUserRequest,
  Page,
  PageQuery,
  RoleDto,
  UserDto,
  UserQuery,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

/** GET /api/audit filters. */
export interface AuditQuery extends PageQuery {
  subject?: string;
  subjectId?: string;
}

const userUrl = (id: string, tail = '') => `/api/users/${encodeURIComponent(id)}${tail}`;

function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, String(value));
  }
  return result;
}

/** Users, their roles, the roles themselves and the audit log of the current tenant. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<UserDto>> {
    return this.http.get<Page<UserDto>>('/api/users', { params: params(query) });
  }

  get(id: string): Observable<UserDto> {
    return this.http.get<UserDto>(userUrl(id));
  }

  invite(body: InviteUserRequest): Observable<UserDto> {
    return this.http.post<UserDto>('/api/users/invitations', body);
  }

  assignRole(userId: string, body: AssignRoleRequest): Observable<UserDto> {
    return this.http.post<UserDto>(userUrl(userId, '/roles'), body);
  }

  removeRole(userId: string, assignmentId: string): Observable<unknown> {
    return this.http.delete(userUrl(userId, `/roles/${encodeURIComponent(assignmentId)}`));
  }

  disable(userId: string): Observable<UserDto> {
    return this.http.post<UserDto>(userUrl(userId, '/disable'), {});
  }

  enable(userId: string): Observable<UserDto> {
    return this.http.post<UserDto>(userUrl(userId, '/enable'), {});
  }

  roles(): Observable<RoleDto[]> {
    return this.http.get<RoleDto[]>('/api/roles');
  }

  /** Saves a narrowed set of rules for a role of this tenant. */
  updateRole(key: string, rules: RoleDto['rules']): Observable<RoleDto> {
    return this.http.put<RoleDto>(`/api/roles/${encodeURIComponent(key)}`, { rules });
  }

  audit(query: AuditQuery): Observable<Page<AuditEntryDto>> {
    return this.http.get<Page<AuditEntryDto>>('/api/audit', { params: params(query) });
  }
}
