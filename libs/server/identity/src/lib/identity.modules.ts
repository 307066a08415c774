import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, AuditApiModule, MailTransport, TenantRepositoryModule } from '@thidua/server/core';
import { TenantsModule } from '@thidua/server/tenancy';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { PasswordHasher } from './auth/password-hasher';
import { PrincipalLoader } from './auth/principal-loader';
import { SessionService } from './auth/session.service';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { RoleEntity } from './entities/role.entity';
import { UserTokenEntity } from './entities/user-token.entity';
import { UserEntity } from './entities/user.entity';
import { ImpersonationController } from './impersonation/impersonation.controller';
import { ImpersonationService } from './impersonation/impersonation.service';
import { AccountMailProcessor } from './mail/account-mail.processor';
import { AccountMailer } from './mail/account-mailer.service';
import { RolesController } from './roles/roles.controller';
import { RolesService } from './roles/roles.service';
import { AccountRecoveryController } from './tokens/account-recovery.controller';
import { AccountRecoveryService } from './tokens/account-recovery.service';
import { UserTokensService } from './tokens/user-tokens.service';
import { UserAdminService } from './users/user-admin.service';
import { UserReader } from './users/user-reader.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users.service';

const ENTITIES = [UserEntity, RefreshTokenEntity, RoleAssignmentEntity, UserTokenEntity, RoleEntity];

/** Users, credentials, sessions, roles and role assignments; used by the API and the CLI (no queues). */
@Module({
  imports: [
    TenantsModule,
    TenantRepositoryModule.forFeature(ENTITIES),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { issuer: 'thidua' } }),
    }),
  ],
  providers: [
    PasswordHasher,
    UsersService,
    PrincipalLoader,
    SessionService,
    UserReader,
    UserTokensService,
    RolesService,
  ],
  exports: [
    UsersService,
    PrincipalLoader,
    SessionService,
    JwtModule,
    PasswordHasher,
    UserReader,
    UserTokensService,
    RolesService,
  ],
})
export class IdentityModule {}

/**
 * The HTTP side: sign-in, e-mailed links, users, roles, impersonation, the audit log (which shows
 * users' names) and the global guard that denies by default.
 */
@Module({
  imports: [
    IdentityModule,
    TenantsModule,
    TenantRepositoryModule.forFeature(ENTITIES),
    AuditApiModule.withActorDirectory(UserReader, [IdentityModule]),
  ],
  controllers: [
    AuthController,
    AccountRecoveryController,
    UsersController,
    RolesController,
    ImpersonationController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    AccountMailer,
    AccountRecoveryService,
    UserAdminService,
    ImpersonationService,
  ],
})
export class IdentityApiModule {}

/** Worker side: renders and sends account mails from the notifications queue. */
@Module({ providers: [MailTransport, AccountMailProcessor] })
export class NotificationsWorkerModule {}
