import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AcceptInvitationRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
} from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

/** The public account calls the invitation and password e-mails lead to. */
@Injectable({ providedIn: 'root' })
export class PasswordApi {
  private readonly http = inject(HttpClient);

  acceptInvitation(body: AcceptInvitationRequest): Observable<unknown> {
    return this.http.post('/api/auth/invitations/accept', body);
  }

  /** Always answers 202, whether or not the account exists. */
  requestReset(body: PasswordResetRequest): Observable<unknown> {
    return this.http.post('/api/auth/password-reset', body);
  }

  confirmReset(body: PasswordResetConfirm): Observable<unknown> {
    return this.http.post('/api/auth/password-reset/confirm', body);
  }
}
