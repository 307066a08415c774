import { Propagation, Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import { DocumentRegisterEntity } from '../entities/document-register.entity';

/**
 * Hands out document numbers per issuer per year, never the same twice. The register row is
 * created in its own short transaction first; the issuing transaction then takes the row's
 * write lock with its very first statement (UPDATE), so concurrent issuers queue on it instead
 * of deadlocking, and a rolled-back issue gives its number back.
 */
@Injectable()
export class DocumentRegister {
  constructor(
    @InjectTenantRepository(DocumentRegisterEntity)
    private readonly registers: TenantRepository<DocumentRegisterEntity>,
  ) {}

  @Transactional(Propagation.RequiresNew)
  async open(issuerUnitId: string, year: number): Promise<void> {
    await this.registers.insertMany([this.registers.create({ issuerUnitId, year, lastNumber: 0 })], 1, {
      ignoreDuplicates: true,
    });
  }

  /** The next number; call inside the transaction that uses it. */
  async next(issuerUnitId: string, year: number): Promise<number> {
    return this.bump(issuerUnitId, year, () => 'last_number + 1');
  }

  /**
   * Records a number written on the document by hand (a plan issued on paper and imported): the
   * register moves past it. Whether another document already has it is the caller's check.
   */
  async reserve(issuerUnitId: string, year: number, number: number): Promise<number> {
    return this.bump(issuerUnitId, year, () => `GREATEST(last_number, ${Math.trunc(number)})`).then(
      () => number,
    );
  }

  private async bump(issuerUnitId: string, year: number, value: () => string): Promise<number> {
    await this.registers.updateQuery((qb) =>
      qb.set({ lastNumber: value }).where('issuer_unit_id = :issuerUnitId AND year = :year', {
        issuerUnitId,
        year,
      }),
    );
    // A missing row (open() not called) is a programming error: getOneBy's 404 would hide it.
    const row = await this.registers.findOneBy({ issuerUnitId, year });
    if (!row) throw new Error(`Document register ${issuerUnitId}/${year} was not opened`);
    return row.lastNumber;
  }
}
