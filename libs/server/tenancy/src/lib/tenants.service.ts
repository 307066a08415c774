import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ApiException, AuditService, NotFoundApiException } from '@thidua/server/core';
import { Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CreateTenantDto, UpdateTenantDto } from './dto/tenant.dto';
import { TenantEntity, type TenantStatus } from './tenant.entity';

export const TENANT_CREATED = 'tenant.created';

export interface TenantCreatedEvent {
  tenantId: string;
}

/** What the audit log keeps of a tenant (platform entries: no tenant_id). */
const auditable = (t: TenantEntity) => ({
  code: t.code,
  name: t.name,
  issuerCode: t.issuerCode,
  headerSuperior: t.headerSuperior,
  headerIssuer: t.headerIssuer,
  placeName: t.placeName,
  timeZone: t.timeZone,
  status: t.status,
});

/**
 * Tenants are platform rows: only platform operators (and the CLI, as the system) manage them.
 * This is the tenancy layer itself, so it reads the table directly.
 */
@Injectable()
export class TenantsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventEmitter2,
    private readonly audit: AuditService,
  ) {}

  /** Joins the transaction of the current use case, if any. */
  private get tenants(): Repository<TenantEntity> {
    return this.txHost.tx.getRepository(TenantEntity);
  }

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

  /** Creates a tenant; listeners of TENANT_CREATED (e.g. the org tree's default unit types) run in the same transaction. */
  @Transactional()
  async create(input: CreateTenantDto): Promise<TenantEntity> {
    if (await this.tenants.existsBy({ code: input.code })) {
      throw new ApiException(409, 'tenant_code_taken', { code: input.code });
    }
    const tenant = await this.tenants.save(this.tenants.create({ ...input, id: uuidv7(), status: 'active' }));
    await this.events.emitAsync(TENANT_CREATED, { tenantId: tenant.id } satisfies TenantCreatedEvent);
    await this.audit.record({
      action: 'tenant.created',
      subject: 'Tenant',
      subjectId: tenant.id,
      after: auditable(tenant),
    });
    return tenant;
  }

  @Transactional()
  async update(id: string, input: UpdateTenantDto): Promise<TenantEntity> {
    const tenant = await this.get(id);
    if (input.code && input.code !== tenant.code && (await this.tenants.existsBy({ code: input.code }))) {
      throw new ApiException(409, 'tenant_code_taken', { code: input.code });
    }
    const before = auditable(tenant);
    const saved = await this.tenants.save(Object.assign(tenant, input));
    await this.audit.record({
      action: 'tenant.updated',
      subject: 'Tenant',
      subjectId: id,
      before,
      after: auditable(saved),
    });
    return saved;
  }

  @Transactional()
  async setStatus(id: string, status: TenantStatus): Promise<TenantEntity> {
    const tenant = await this.get(id);
    if (tenant.status === status) return tenant;
    const before = { status: tenant.status };
    tenant.status = status;
    const saved = await this.tenants.save(tenant);
    await this.audit.record({
      action: 'tenant.status_changed',
      subject: 'Tenant',
      subjectId: id,
      before,
      after: { status },
    });
    return saved;
  }
}
