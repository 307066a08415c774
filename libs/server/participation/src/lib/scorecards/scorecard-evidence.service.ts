import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  NotFoundApiException,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { ScorecardEvidenceDto } from '@thidua/shared/contracts';
import { ScorecardEvidenceEntity } from '../entities/scorecard-evidence.entity';
import { ScorecardEntity } from '../entities/scorecard.entity';
import { evidenceDto, EvidenceFiles, type UploadedEvidence } from '../evidence/evidence-files';
import { assertCanEdit, assertSubmittable } from '../review-flow';
import { ScorecardsService } from './scorecards.service';

/** Evidence files of a self-score, per criterion or for the whole scorecard, while the unit may edit it. */
@Injectable()
export class ScorecardEvidenceService {
  constructor(
    private readonly scorecards: ScorecardsService,
    @InjectTenantRepository(ScorecardEntity) private readonly rows: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(ScorecardEvidenceEntity)
    private readonly evidence: TenantRepository<ScorecardEvidenceEntity>,
    private readonly files: EvidenceFiles,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async add(
    planId: string,
    unitId: string,
    criterionCode: string | undefined,
    file: UploadedEvidence,
    principal: Principal,
  ): Promise<ScorecardEvidenceDto> {
    const { plan, unit, set, row } = await this.scorecards.resolve(planId, unitId, principal);
    await this.scorecards.assertOpen(plan, unit);
    assertCanEdit(principal, 'Scorecard', unit.path);
    assertSubmittable(row);
    const code = criterionCode?.trim() || null;
    if (code && !set.content.groups.some((g) => g.criteria.some((c) => c.code === code))) {
      throw new ApiException(400, 'score_unknown_criterion', { code });
    }
    const stored = await this.files.store(row.id, file, principal);
    const entity = await this.evidence.save(
      this.evidence.create({ ...stored, scorecardId: row.id, criterionCode: code }),
    );
    await this.rows.updateQuery((qb) =>
      qb.set({ evidenceCount: () => 'evidence_count + 1' }).where('id = :id', { id: row.id }),
    );
    await this.audit.record({
      action: 'scorecard.evidence_added',
      subject: 'Scorecard',
      subjectId: row.id,
      after: { evidenceId: entity.id, criterionCode: code, fileName: entity.fileName, size: entity.size },
    });
    return { ...evidenceDto(entity), criterionCode: code };
  }

  async file(planId: string, unitId: string, evidenceId: string, principal: Principal) {
    const { row } = await this.scorecards.resolve(planId, unitId, principal);
    if (!row) throw new NotFoundApiException();
    const entity = await this.evidence.getOneBy({ id: evidenceId, scorecardId: row.id });
    return { entity, content: await this.files.read(entity) };
  }

  @Transactional()
  async remove(planId: string, unitId: string, evidenceId: string, principal: Principal): Promise<void> {
    const { unit, row } = await this.scorecards.resolve(planId, unitId, principal);
    assertCanEdit(principal, 'Scorecard', unit.path);
    assertSubmittable(row);
    const entity = await this.evidence.getOneBy({ id: evidenceId, scorecardId: row.id });
    await this.evidence.delete({ id: entity.id });
    await this.rows.updateQuery((qb) =>
      qb.set({ evidenceCount: () => 'evidence_count - 1' }).where('id = :id', { id: row.id }),
    );
    await this.files.remove(entity);
    await this.audit.record({
      action: 'scorecard.evidence_removed',
      subject: 'Scorecard',
      subjectId: row.id,
      before: { evidenceId, fileName: entity.fileName },
    });
  }
}
