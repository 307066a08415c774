import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import { RoleKey } from '@thidua/shared/permissions';
import { v7 as uuidv7 } from 'uuid';
import { PasswordHasher } from './auth/password-hasher';
import { normalizeEmail, normalizePhone } from './auth/login';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { UserEntity } from './entities/user.entity';

export interface NewUser {
  tenantId: string | null;
  displayName: string;
  email?: string | null;
  phone?: string | null;
  password?: string;
  isPlatformOperator?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(RoleAssignmentEntity)
    private readonly assignments: TenantRepository<RoleAssignmentEntity>,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(input: NewUser): Promise<UserEntity> {
    const user = this.users.create({
      id: uuidv7(),
      tenantId: input.tenantId,
      displayName: input.displayName.normalize('NFC'),
      email: input.email ? normalizeEmail(input.email) : null,
      phone: input.phone ? normalizePhone(input.phone) : null,
      passwordHash: input.password ? await this.hasher.hash(input.password) : null,
      isPlatformOperator: input.isPlatformOperator ?? false,
      status: input.password ? 'active' : 'invited',
    });
    return this.users.save(user);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  async assignRole(
    tenantId: string,
    userId: string,
    roleKey: RoleKey,
    orgUnitId: string | null = null,
  ): Promise<void> {
    await this.assignments.save(
      this.assignments.create({ tenantId, id: uuidv7(), userId, roleKey, orgUnitId }),
    );
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update(
      { id: userId },
      { passwordHash: await this.hasher.hash(password), status: 'active' },
    );
  }
}
