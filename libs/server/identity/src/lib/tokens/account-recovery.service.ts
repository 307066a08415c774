import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import { parseLogin } from '../auth/login';
import { PasswordHasher } from '../auth/password-hasher';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../auth/password-policy';
import { SessionService } from '../auth/session.service';
import { TokenPurpose, UserTokenEntity } from '../entities/user-token.entity';
import { UserEntity } from '../entities/user.entity';
import { AccountMailer } from '../mail/account-mailer.service';
import { UserTokensService } from './user-tokens.service';

/** A second reset mail within this time is not sent: one request cannot flood a mailbox. */
const RESET_RESEND_AFTER_MS = 60_000;

const tokenInvalid = () => new ApiException(400, 'token_invalid');

/**
 * The public side of e-mailed links: accepting an invitation, asking for a password reset and
 * setting the new password. Nobody is signed in, so each use case finds the token as the
 * system, then works inside the token's tenant, in one transaction.
 */
@Injectable()
export class AccountRecoveryService {
  private readonly logger = new Logger(AccountRecoveryService.name);

  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly tokens: UserTokensService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mailer: AccountMailer,
    private readonly tenants: TenantsService,
    private readonly audit: AuditService,
    private readonly context: TenantContext,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async acceptInvitation(token: string, password: string): Promise<void> {
    const { row, user } = await this.usable(token, 'invitation');
    if (user.status !== 'invited') throw tokenInvalid();
    const passwordHash = await this.checkedHash(password, user.email);
    await this.inTenantOf(row.tenantId, async () => {
      if (!(await this.tokens.claim(row.id))) throw tokenInvalid();
      const activated = await this.users.update(
        { id: user.id, status: 'invited' },
        { passwordHash, status: 'active' },
      );
      if (activated !== 1) throw tokenInvalid();
      await this.audit.record({
        action: 'user.invitation_accepted',
        subject: 'User',
        subjectId: user.id,
        actorId: user.id,
        before: { status: 'invited' },
        after: { status: 'active' },
      });
    });
  }

  /** Mails a reset link when the account exists and may sign in; says nothing either way. */
  async requestPasswordReset(login: string): Promise<void> {
    const key = parseLogin(login);
    const user = key
      ? await this.context.runAsSystem('password reset lookup', () => this.users.findOneBy(key))
      : null;
    if (!user || user.status !== 'active' || !user.email) return;
    const tenant = user.tenantId ? await this.tenants.get(user.tenantId) : null;
    if (tenant && tenant.status !== 'active') return;
    try {
      await this.inTenantOf(user.tenantId, async () => {
        if (await this.tokens.issuedSince(user.id, 'password_reset', RESET_RESEND_AFTER_MS)) return;
        const { row, token } = await this.tokens.issue(user, 'password_reset');
        await this.audit.record({
          action: 'user.password_reset_requested',
          subject: 'User',
          subjectId: user.id,
          actorId: null,
        });
        await this.mailer.enqueue({
          kind: 'password_reset',
          tokenId: row.id,
          tenantId: user.tenantId,
          to: user.email as string,
          displayName: user.displayName,
          token,
          expiresAt: row.expiresAt.toISOString(),
          timeZone: tenant?.timeZone ?? 'Asia/Ho_Chi_Minh',
          tenantName: tenant?.name ?? null,
        });
      });
    } catch (error) {
      // Answering differently would tell the caller the account exists.
      this.logger.error({ err: error, userId: user.id }, 'Password reset mail not queued');
    }
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const { row, user } = await this.usable(token, 'password_reset');
    if (user.status !== 'active') throw tokenInvalid();
    const passwordHash = await this.checkedHash(password, user.email);
    await this.inTenantOf(row.tenantId, async () => {
      if (!(await this.tokens.claim(row.id))) throw tokenInvalid();
      await this.users.update({ id: user.id }, { passwordHash, failedSignIns: 0, lockedUntil: null });
      await this.sessions.signOutEverywhere(user.id);
      await this.tokens.retire(user.id, 'password_reset');
      await this.audit.record({
        action: 'user.password_reset',
        subject: 'User',
        subjectId: user.id,
        actorId: user.id,
      });
    });
  }

  private usable(token: string, purpose: TokenPurpose): Promise<{ row: UserTokenEntity; user: UserEntity }> {
    return this.context.runAsSystem(`use ${purpose} link`, async () => {
      const row = await this.tokens.findUsable(token, purpose);
      const user = row ? await this.users.findOneBy({ id: row.userId }) : null;
      if (!row || !user || user.tenantId !== row.tenantId) throw tokenInvalid();
      return { row, user };
    });
  }

  private async checkedHash(password: string, email: string | null): Promise<string> {
    const problem = passwordProblem(password, email);
    if (problem) throw new ApiException(400, problem, { min: PASSWORD_MIN_LENGTH });
    return this.hasher.hash(password);
  }

  /** Runs a use case in one transaction inside the account's tenant (platform accounts: as the system). */
  private inTenantOf<T>(tenantId: string | null, work: () => Promise<T>): Promise<T> {
    const inTransaction = () => this.txHost.withTransaction(work);
    return tenantId
      ? this.context.runInTenant(tenantId, inTransaction)
      : this.context.runAsSystem('platform account', inTransaction);
  }
}
