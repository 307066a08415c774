import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiException, NotFoundApiException } from '@thidua/server/core';
import { Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CreateTenantDto, UpdateTenantDto } from './dto/tenant.dto';
import { TenantEntity, TenantStatus } from './tenant.entity';

/**
 * Tenants are platform rows: only platform operators (and the CLI, as the system) manage them.
 * This is the tenancy layer itself, so it reads the table directly.
 */
@Injectable()
export class TenantsService {
  constructor(@InjectRepository(TenantEntity) private readonly tenants: Repository<TenantEntity>) {}

  list(): Promise<TenantEntity[]> {
    return this.tenants.find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<TenantEntity> {
    const tenant = await this.tenants.findOneBy({ id });
    if (!tenant) throw new NotFoundApiException();
    return tenant;
  }

  findByCode(code: string): Promise<TenantEntity | null> {
    return this.tenants.findOneBy({ code });
  }

  async create(input: CreateTenantDto): Promise<TenantEntity> {
    if (await this.tenants.existsBy({ code: input.code })) {
      throw new ApiException(409, 'tenant_code_taken', { code: input.code });
    }
    return this.tenants.save(this.tenants.create({ ...input, id: uuidv7(), status: 'active' }));
  }

  async update(id: string, input: UpdateTenantDto): Promise<TenantEntity> {
    const tenant = await this.get(id);
    if (input.code && input.code !== tenant.code && (await this.tenants.existsBy({ code: input.code }))) {
      throw new ApiException(409, 'tenant_code_taken', { code: input.code });
    }
    return this.tenants.save(Object.assign(tenant, input));
  }

  async setStatus(id: string, status: TenantStatus): Promise<TenantEntity> {
    const tenant = await this.get(id);
    tenant.status = status;
    return this.tenants.save(tenant);
  }
}
