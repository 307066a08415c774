import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiException, InjectTenantRepository, TenantContext, TenantRepository } from '@thidua/server/core';
import { SignInResponse } from '@thidua/shared/contracts';
import { packAbilityRules } from '@thidua/shared/permissions';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { UserEntity } from '../entities/user.entity';
import { parseLogin } from './login';
import { PasswordHasher } from './password-hasher';
import { AccessTokenClaims, PrincipalLoader } from './principal-loader';
import { failureDelayMs, SESSION_POLICY } from './session-policy';

export interface IssuedSession {
  response: SignInResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Sign-in, rotating refresh tokens with reuse detection, and sign-out. */
@Injectable()
export class SessionService {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(RefreshTokenEntity) private readonly tokens: TenantRepository<RefreshTokenEntity>,
    private readonly hasher: PasswordHasher,
    private readonly principals: PrincipalLoader,
    private readonly jwt: JwtService,
    private readonly context: TenantContext,
  ) {}

  signIn(login: string, password: string): Promise<IssuedSession> {
    return this.context.runAsSystem('sign-in', async () => {
      const key = parseLogin(login);
      const user = key
        ? await this.users.query('u', (qb) => qb.addSelect('u.passwordHash').where(key)).getOne()
        : null;
      if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
        const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
        throw new ApiException(429, 'account_locked', { minutes });
      }
      const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
      if (!user || !valid) {
        if (user) await this.recordFailure(user);
        throw new ApiException(401, 'invalid_credentials');
      }
      if (user.status === 'disabled') throw new ApiException(403, 'account_disabled');
      await this.principals.assertTenantActive(user.tenantId);
      await this.users.update(
        { id: user.id },
        { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() },
      );
      return this.issue(user, uuidv7());
    });
  }

  refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    return this.context.runAsSystem('refresh', async () => {
      const row = refreshToken ? await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) }) : null;
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) {
        throw new ApiException(401, 'session_expired');
      }
      // The conditional update is the claim: of two requests presenting the same token only one wins.
      const claimed = row.usedAt
        ? 0
        : await this.tokens.update({ id: row.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (claimed === 0) {
        await this.tokens.update({ familyId: row.familyId }, { revokedAt: new Date() });
        throw new ApiException(401, 'session_expired');
      }
      const user = await this.users.findOneBy({ id: row.userId });
      if (!user || user.status !== 'active') throw new ApiException(401, 'session_expired');
      await this.principals.assertTenantActive(user.tenantId);
      return this.issue(user, row.familyId);
    });
  }

  /** Ends the session family of this refresh token (this browser). */
  signOut(refreshToken: string | undefined): Promise<void> {
    return this.context.runAsSystem('sign-out', async () => {
      if (!refreshToken) return;
      const row = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
      if (row)
        await this.tokens.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  /** Ends every session of the user, including access tokens already handed out. */
  signOutEverywhere(userId: string): Promise<void> {
    return this.context.runAsSystem('sign-out-everywhere', async () => {
      const user = await this.users.getOneBy({ id: userId });
      await this.users.update({ id: userId }, { sessionVersion: user.sessionVersion + 1 });
      await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  private async recordFailure(user: UserEntity): Promise<void> {
    const failures = user.failedSignIns + 1;
    const lock = failures >= SESSION_POLICY.lockAfterFailures;
    await this.users.update(
      { id: user.id },
      lock
        ? { failedSignIns: 0, lockedUntil: new Date(Date.now() + SESSION_POLICY.lockMinutes * 60_000) }
        : { failedSignIns: failures },
    );
    await sleep(failureDelayMs(failures));
  }

  private async issue(user: UserEntity, familyId: string): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + SESSION_POLICY.refreshTokenTtlDays * 86_400_000);
    await this.tokens.save(
      this.tokens.create({
        id: uuidv7(),
        tenantId: user.tenantId,
        userId: user.id,
        familyId,
        tokenHash: sha256(refreshToken),
        expiresAt: refreshExpiresAt,
        usedAt: null,
        revokedAt: null,
        createdAt: new Date(),
      }),
    );
    const principal = await this.principals.principalOf(user);
    const tenantName = await this.principals.assertTenantActive(user.tenantId);
    const claims: AccessTokenClaims = { sub: user.id, tid: user.tenantId, sv: user.sessionVersion };
    return {
      refreshToken,
      refreshExpiresAt,
      response: {
        accessToken: await this.jwt.signAsync(claims, { expiresIn: SESSION_POLICY.accessTokenTtlSeconds }),
        expiresIn: SESSION_POLICY.accessTokenTtlSeconds,
        user: this.principals.sessionUser(user, principal, tenantName),
        rules: packAbilityRules(principal.rules),
      },
    };
  }
}
