import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  DeepPartial,
  EntityTarget,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
  UpdateQueryBuilder,
} from 'typeorm';
import { NotFoundApiException } from '../http/api-exception';
import { pooledQuery } from '../database/pooled-query';
import {
  bindRead,
  CompiledRead,
  compileRead,
  PreparedValues,
  sameRead,
  shapeKey,
  SKIP,
  TAKE,
} from './prepared-read';
import { TenantContext } from './tenant-context';
import { TenantMismatchError, TenantOwned } from './tenant-owned';

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];

const TENANT_PARAM = '__tenantId';
// Under Jest every call builds its query again and must get the statement its shape cached:
// a shape that does not name a choice changing the SQL fails the tests instead of misreading.
const VERIFY_SHAPES = process.env['NODE_ENV'] === 'test';

/**
 * The only way feature code reaches tenant data. Every read is filtered by the current tenant,
 * every write is stamped with it and refused for another tenant's row. Work joins the
 * transaction of the current use case, if any. In an explicit system context reads are not
 * filtered (the caller named why when it entered that context).
 */
export class TenantRepository<E extends TenantOwned & ObjectLiteral> {
  constructor(
    private readonly entity: EntityTarget<E>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  private readonly compiled = new Map<string, CompiledRead>();

  private get repo(): Repository<E> {
    return this.txHost.tx.getRepository(this.entity);
  }

  private scoped(where: Where<E> | undefined): Where<E> {
    const tenantId = this.context.scope();
    if (tenantId === null) return where ?? {};
    const tenant = { tenantId } as FindOptionsWhere<E>;
    if (Array.isArray(where)) return where.map((w) => ({ ...w, ...tenant }));
    return { ...(where ?? {}), ...tenant };
  }

  find(options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.repo.find({ ...options, where: this.scoped(options.where) });
  }

  findAndCount(options: FindManyOptions<E> = {}): Promise<[E[], number]> {
    return this.repo.findAndCount({ ...options, where: this.scoped(options.where) });
  }

  findBy(where: Where<E>): Promise<E[]> {
    return this.repo.findBy(this.scoped(where));
  }

  findOne(options: FindOneOptions<E>): Promise<E | null> {
    return this.repo.findOne({ ...options, where: this.scoped(options.where) });
  }

  findOneBy(where: Where<E>): Promise<E | null> {
    return this.repo.findOneBy(this.scoped(where));
  }

  /** Like findOneBy, but a missing row (or another tenant's) is a 404. */
  async getOneBy(where: Where<E>): Promise<E> {
    const found = await this.findOneBy(where);
    if (!found) throw new NotFoundApiException();
    return found;
  }

  count(options: FindManyOptions<E> = {}): Promise<number> {
    return this.repo.count({ ...options, where: this.scoped(options.where) });
  }

  exists(where: Where<E>): Promise<boolean> {
    return this.repo.exists({ where: this.scoped(where) });
  }

  /** A new entity stamped with the current tenant (not saved); in system context the caller names the tenant. */
  create(values: DeepPartial<E>): E {
    const tenantId = this.context.scope();
    return this.repo.create((tenantId === null ? values : { ...values, tenantId }) as DeepPartial<E>);
  }

  async save(entity: E): Promise<E>;
  async save(entities: E[]): Promise<E[]>;
  async save(entityOrEntities: E | E[]): Promise<E | E[]> {
    const entities = Array.isArray(entityOrEntities) ? entityOrEntities : [entityOrEntities];
    const tenantId = this.context.scope();
    for (const entity of entities) {
      if (!entity.tenantId && tenantId) entity.tenantId = tenantId;
      if (tenantId && entity.tenantId !== tenantId) throw new TenantMismatchError(this.repo.metadata.name);
    }
    return Array.isArray(entityOrEntities) ? this.repo.save(entities) : this.repo.save(entities[0]);
  }

  /**
   * Multi-row INSERT for bulk work (imports): rows are stamped with the current tenant and refused
   * for another, like save(), but without reading them back. Chunked to keep statements small;
   * `ignoreDuplicates` skips rows whose key already exists.
   */
  async insertMany(
    entities: E[],
    chunkSize = 500,
    options: { ignoreDuplicates?: boolean } = {},
  ): Promise<void> {
    const tenantId = this.context.scope();
    for (const entity of entities) {
      if (!entity.tenantId && tenantId) entity.tenantId = tenantId;
      if (tenantId && entity.tenantId !== tenantId) throw new TenantMismatchError(this.repo.metadata.name);
    }
    for (let i = 0; i < entities.length; i += chunkSize) {
      // Without updateEntity(false) TypeORM reads every inserted row back for its defaults (one query per row on MySQL).
      await this.repo
        .createQueryBuilder()
        .insert()
        .values(entities.slice(i, i + chunkSize) as never)
        .orIgnore(options.ignoreDuplicates ?? false)
        .updateEntity(false)
        .callListeners(false)
        .execute();
    }
  }

  /**
   * Running counts: inserts each row, or where its key exists already adds the row's `counters`
   * to the stored ones, in one statement. Rows are written in the order given: callers sort them
   * by key, so that concurrent transactions lock shared counters in the same order.
   */
  async addToCounters(rows: E[], counters: Array<keyof E & string>): Promise<void> {
    if (rows.length === 0) return;
    const tenantId = this.context.scope();
    for (const row of rows) {
      if (!row.tenantId && tenantId) row.tenantId = tenantId;
      if (tenantId && row.tenantId !== tenantId) throw new TenantMismatchError(this.repo.metadata.name);
    }
    const [sql, params] = this.repo
      .createQueryBuilder()
      .insert()
      .values(rows as never)
      .updateEntity(false)
      .getQueryAndParameters();
    const add = counters.map((property) => {
      const column = this.repo.metadata.findColumnWithPropertyName(property)?.databaseName ?? property;
      return `\`${column}\` = \`${column}\` + VALUES(\`${column}\`)`;
    });
    await this.repo.query(`${sql} ON DUPLICATE KEY UPDATE ${add.join(', ')}`, params);
  }

  /**
   * INSERT … SELECT within the tenant, for counts made by the database: `select` must come from a
   * TenantRepository's query() of the same tenant and yield `tenant_id` and then `columns`, in order.
   * Returns how many rows were inserted.
   */
  async insertSelected(columns: string[], select: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
    const tenantId = this.context.scope();
    if (tenantId === null || select.expressionMap.parameters[TENANT_PARAM] !== tenantId) {
      throw new TenantMismatchError(this.repo.metadata.name);
    }
    const [sql, params] = select.getQueryAndParameters();
    const names = ['tenant_id', ...columns].map((c) => `\`${c}\``).join(', ');
    const done: { affectedRows?: number } = await this.repo.query(
      `INSERT INTO \`${this.repo.metadata.tableName}\` (${names}) ${sql}`,
      params,
    );
    return done.affectedRows ?? 0;
  }

  /** Updates rows matching `where` within the tenant; returns how many changed. */
  async update(where: FindOptionsWhere<E>, values: DeepPartial<E>): Promise<number> {
    const { tenantId: _ignored, ...safe } = values as DeepPartial<E> & { tenantId?: string };
    const result = await this.repo.update(this.scoped(where) as FindOptionsWhere<E>, safe as never);
    return result.affected ?? 0;
  }

  async delete(where: FindOptionsWhere<E>): Promise<number> {
    const result = await this.repo.delete(this.scoped(where) as FindOptionsWhere<E>);
    return result.affected ?? 0;
  }

  /**
   * A query builder for reads the find options cannot express. The tenant condition is added
   * after `build`, so a `.where()` inside it cannot drop it. Joins must join on tenant_id too
   * (the composite foreign keys make that the natural join).
   */
  query(
    alias: string,
    build: (qb: SelectQueryBuilder<E>) => SelectQueryBuilder<E> = (qb) => qb,
  ): SelectQueryBuilder<E> {
    const qb = build(this.repo.createQueryBuilder(alias));
    const tenantId = this.context.scope();
    return tenantId === null
      ? qb
      : qb.andWhere(`${alias}.tenantId = :${TENANT_PARAM}`, { [TENANT_PARAM]: tenantId });
  }

  /**
   * A hot read (a dashboard's, a busy list's) whose SQL is built once per shape and then reused:
   * building a query costs TypeORM more than MariaDB takes to run a small one. `build` is as for
   * query() and runs only to compile, so it writes `:name` placeholders and takes nothing from
   * the call; `values` holds every parameter, bound on each call. `shape` names every choice that
   * changes the SQL beyond the values' names and list lengths (which the cache key holds). Returns
   * the rows as selected (aliases as names, values as the driver reads them), without entities;
   * with `page`, that page of them.
   */
  async prepared<Row>(
    shape: string,
    alias: string,
    build: (qb: SelectQueryBuilder<E>) => SelectQueryBuilder<E>,
    values: PreparedValues,
    page?: { skip: number; take: number },
  ): Promise<Row[]> {
    const tenantId = this.context.scope();
    const bound: PreparedValues = {
      ...values,
      ...(tenantId === null ? {} : { [TENANT_PARAM]: tenantId }),
      ...(page ? { [TAKE]: page.take, [SKIP]: page.skip } : {}),
    };
    const key = shapeKey(shape, bound);
    let compiled = this.compiled.get(key);
    if (!compiled || VERIFY_SHAPES) {
      const fresh = compileRead(shape, this.query(alias, build), bound, page !== undefined);
      if (compiled && !sameRead(compiled, fresh)) {
        throw new Error(
          `Prepared read "${shape}" built another statement for the same shape: name what differs`,
        );
      }
      compiled = fresh;
      this.compiled.set(key, fresh);
    }
    const params = bindRead(compiled, bound);
    if (this.txHost.isTransactionActive()) return this.txHost.tx.query(compiled.sql, params);
    return pooledQuery<Row>(this.txHost.tx.connection, compiled.sql, params);
  }

  /**
   * A set-based UPDATE that update() cannot express (e.g. re-rooting a subtree's paths). The
   * tenant condition is added after `build`. Returns how many rows changed.
   */
  async updateQuery(build: (qb: UpdateQueryBuilder<E>) => UpdateQueryBuilder<E>): Promise<number> {
    const qb = build(this.repo.createQueryBuilder().update());
    const tenantId = this.context.scope();
    if (tenantId !== null) {
      const column = this.repo.metadata.findColumnWithPropertyName('tenantId')?.databaseName ?? 'tenant_id';
      qb.andWhere(`${column} = :${TENANT_PARAM}`, { [TENANT_PARAM]: tenantId });
    }
    return (await qb.execute()).affected ?? 0;
  }
}
