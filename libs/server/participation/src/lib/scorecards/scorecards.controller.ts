import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import {
  EVIDENCE_MAX_BYTES,
  Page,
  ScorecardDto,
  ScorecardEvidenceDto,
  ScorecardListItemDto,
  ScoreEventDto,
} from '@thidua/shared/contracts';
import type { Response } from 'express';
import { sendEvidence, type UploadedEvidence } from '../evidence/evidence-files';
import { ScorecardEvidenceService } from './scorecard-evidence.service';
import { ScorecardListService } from './scorecard-list.service';
import {
  SaveReviewScoreDto,
  SaveSelfScoreDto,
  ScorecardDecisionDto,
  ScorecardEvidenceFormDto,
  ScorecardQueryDto,
} from './scorecard.dto';
import { ScorecardsService } from './scorecards.service';

const CARD = 'plans/:planId/scorecards/:unitId';

@ApiTags('scorecards')
@ApiBearerAuth()
@Controller()
export class ScorecardsController {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly lists: ScorecardListService,
    private readonly evidence: ScorecardEvidenceService,
  ) {}

  @Get('scorecards')
  @Can('read', 'Scorecard')
  @ApiOperation({
    summary: 'Phiếu chấm điểm trong phạm vi: hàng chờ chấm (status=submitted), bảng xếp hạng (sort=total)',
  })
  list(
    @Query() query: ScorecardQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<ScorecardListItemDto>> {
    return this.lists.list(query, principal);
  }

  @Get(CARD)
  @Can('read', 'Scorecard')
  @ApiOperation({ summary: 'Phiếu chấm điểm của một đơn vị (bản nháp trống nếu chưa chấm)' })
  get(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScorecardDto> {
    return this.scorecards.get(planId, unitId, principal);
  }

  @Put(CARD)
  @Can('update', 'Scorecard')
  @ApiOperation({ summary: 'Đơn vị tự chấm điểm: điểm và ghi chú từng tiêu chí, điểm thưởng' })
  saveSelf(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: SaveSelfScoreDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScorecardDto> {
    return this.scorecards.saveSelf(planId, unitId, input, principal);
  }

  @Post(`${CARD}/submit`)
  @HttpCode(200)
  @Can('update', 'Scorecard')
  @ApiOperation({ summary: 'Gửi phiếu tự chấm lên cấp trên (phải chấm đủ mọi tiêu chí)' })
  submit(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScorecardDto> {
    return this.scorecards.submit(planId, unitId, principal);
  }

  @Put(`${CARD}/review`)
  @Can('approve', 'Scorecard')
  @ApiOperation({ summary: 'Cấp trên chấm điểm từng tiêu chí (mỗi lần chấm lưu vào lịch sử kèm lý do)' })
  saveReview(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: SaveReviewScoreDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScorecardDto> {
    return this.scorecards.saveReview(planId, unitId, input, principal);
  }

  @Post(`${CARD}/decision`)
  @HttpCode(200)
  @Can('approve', 'Scorecard')
  @ApiOperation({ summary: 'Chốt điểm và xếp loại, trả lại đơn vị, hoặc mở lại phiếu đã chốt (có lý do)' })
  decide(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: ScorecardDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScorecardDto> {
    return this.scorecards.decide(planId, unitId, input, principal);
  }

  @Get(`${CARD}/history`)
  @Can('read', 'Scorecard')
  @ApiOperation({ summary: 'Lịch sử chấm điểm: ai chấm, chấm gì, khi nào, vì sao' })
  history(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScoreEventDto[]> {
    return this.scorecards.history(planId, unitId, principal);
  }

  @Post(`${CARD}/evidence`)
  @Can('update', 'Scorecard')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES + 1, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, criterionCode: { type: 'string' } },
    },
  })
  @ApiOperation({ summary: 'Đính kèm minh chứng tự chấm (PDF, JPG, PNG, DOCX, XLSX; tối đa 10 MB)' })
  addEvidence(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() form: ScorecardEvidenceFormDto,
    @UploadedFile() file: UploadedEvidence,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ScorecardEvidenceDto> {
    return this.evidence.add(planId, unitId, form.criterionCode, file, principal);
  }

  @Get(`${CARD}/evidence/:evidenceId`)
  @Can('read', 'Scorecard')
  @ApiOperation({ summary: 'Tải tệp minh chứng' })
  async evidenceFile(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { entity, content } = await this.evidence.file(planId, unitId, evidenceId, principal);
    sendEvidence(res, entity, content);
  }

  @Delete(`${CARD}/evidence/:evidenceId`)
  @HttpCode(204)
  @Can('update', 'Scorecard')
  @ApiOperation({ summary: 'Gỡ tệp minh chứng khỏi phiếu chưa gửi' })
  async removeEvidence(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.evidence.remove(planId, unitId, evidenceId, principal);
  }
}
