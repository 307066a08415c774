import { Inject, Injectable } from '@nestjs/common';
import { AuditEntryDto, Page } from '@thidua/shared/contracts';
import { FindOptionsWhere } from 'typeorm';
import { pageOf, pageWindow } from '../http/page-query';
import { InjectTenantRepository } from '../tenancy/inject-tenant-repository';
import { TenantRepository } from '../tenancy/tenant-repository';
import { AUDIT_ACTOR_DIRECTORY, type AuditActorDirectory } from './audit-actor-directory';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditQueryDto } from './audit-query.dto';

/** The current tenant's audit log, newest first, paginated in SQL. */
@Injectable()
export class AuditQueryService {
  constructor(
    @InjectTenantRepository(AuditEntryEntity) private readonly entries: TenantRepository<AuditEntryEntity>,
    @Inject(AUDIT_ACTOR_DIRECTORY) private readonly actors: AuditActorDirectory,
  ) {}

  async list(query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    const window = pageWindow(query);
    const where: FindOptionsWhere<AuditEntryEntity> = {};
    if (query.subject) where.subject = query.subject;
    if (query.subjectId) where.subjectId = query.subjectId;
    if (query.actorId) where.actorId = query.actorId;
    const [rows, total] = await this.entries.findAndCount({
      where,
      order: { at: 'DESC', id: 'DESC' },
      skip: window.skip,
      take: window.pageSize,
    });
    const ids = rows.flatMap((r) => [r.actorId, r.impersonatorId]).filter((id): id is string => !!id);
    const names = ids.length > 0 ? await this.actors.namesOf([...new Set(ids)]) : new Map<string, string>();
    const items = rows.map((r): AuditEntryDto => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      impersonatorName: r.impersonatorId ? (names.get(r.impersonatorId) ?? null) : null,
      action: r.action,
      subject: r.subject,
      subjectId: r.subjectId,
      before: r.before,
      after: r.after,
    }));
    return pageOf(items, total, window);
  }
}
