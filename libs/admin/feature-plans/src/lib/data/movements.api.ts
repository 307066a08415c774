import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateMovementRequest,
  MovementDto,
  MovementQuery,
  Page,
  UpdateMovementRequest,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';
import { queryParams } from './plans.api';

/** The movements catalogue: national entries, the tenant's own, and those plugins add. */
@Injectable({ providedIn: 'root' })
export class MovementsApi {
  private readonly http = inject(HttpClient);

  list(query: MovementQuery): Observable<Page<MovementDto>> {
    return this.http.get<Page<MovementDto>>('/api/movements', { params: queryParams(query) });
  }

  create(body: CreateMovementRequest): Observable<MovementDto> {
    return this.http.post<MovementDto>('/api/movements', body);
  }

  update(id: string, body: UpdateMovementRequest): Observable<MovementDto> {
    return this.http.patch<MovementDto>(`/api/movements/${encodeURIComponent(id)}`, body);
  }
}
