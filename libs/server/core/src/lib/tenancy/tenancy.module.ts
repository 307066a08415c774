import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DynamicModule, Global, Module, OnModuleInit, Provider } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { TenantContext } from './tenant-context';
import { TenantOwned } from './tenant-owned';
import { TenantRepository } from './tenant-repository';
import { TenantWriteSubscriber } from './tenant-write.subscriber';

export function tenantRepositoryToken(entity: EntityTarget<unknown>): string {
  const name = typeof entity === 'function' ? entity.name : String(entity);
  return `TenantRepository<${name}>`;
}

/**
 * Request/job context (nestjs-cls) with the tenant and the transaction of the current use case.
 * `@Transactional()` on a use-case method wraps it in one transaction: a failure changes nothing.
 * Also hosts the in-process domain event bus, so a context's listeners run in the emitter's
 * transaction (awaited with emitAsync).
 */
@Global()
@Module({
  imports: [
    EventEmitterModule.forRoot(),
    ClsModule.forRoot({
      global: true,
      middleware: { mount: true },
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
        }),
      ],
    }),
    TypeOrmModule.forFeature([AuditEntryEntity]),
  ],
  // AuditService lives here so every context records its changes without importing a module.
  providers: [TenantContext, AuditService],
  exports: [TenantContext, AuditService],
})
export class TenancyModule implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: TenantContext,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(new TenantWriteSubscriber(this.context));
  }
}

/** Provides a TenantRepository for each entity; inject it with @InjectTenantRepository(Entity). */
@Module({})
export class TenantRepositoryModule {
  static forFeature(entities: Array<new () => TenantOwned & ObjectLiteral>): DynamicModule {
    const providers: Provider[] = entities.map((entity) => ({
      provide: tenantRepositoryToken(entity),
      inject: [TransactionHost, TenantContext],
      useFactory: (txHost: TransactionHost<TransactionalAdapterTypeOrm>, context: TenantContext) =>
        new TenantRepository(entity, txHost, context),
    }));
    return {
      module: TenantRepositoryModule,
      imports: [TypeOrmModule.forFeature(entities)],
      providers,
      exports: providers,
    };
  }
}
