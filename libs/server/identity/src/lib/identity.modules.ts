import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, TenantRepositoryModule } from '@thidua/server/core';
import { TenantsModule } from '@thidua/server/tenancy';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { PasswordHasher } from './auth/password-hasher';
import { PrincipalLoader } from './auth/principal-loader';
import { SessionService } from './auth/session.service';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { UserEntity } from './entities/user.entity';
import { UsersService } from './users.service';

/** Users, credentials, sessions and role assignments; used by the API and the CLI. */
@Module({
  imports: [
    TenantsModule,
    TenantRepositoryModule.forFeature([UserEntity, RefreshTokenEntity, RoleAssignmentEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { issuer: 'thidua' } }),
    }),
  ],
  providers: [PasswordHasher, UsersService, PrincipalLoader, SessionService],
  exports: [UsersService, PrincipalLoader, SessionService, JwtModule],
})
export class IdentityModule {}

/** The HTTP side: sign-in routes and the global guard that denies by default. */
@Module({
  imports: [IdentityModule],
  controllers: [AuthController],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
})
export class IdentityApiModule {}
