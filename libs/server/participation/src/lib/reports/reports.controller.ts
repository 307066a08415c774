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
  EvidenceDto,
  Page,
  PhaseReportDto,
  PlanDashboardDto,
  ReportListItemDto,
} from '@thidua/shared/contracts';
import type { Response } from 'express';
import { PlanDashboardService } from '../dashboard/plan-dashboard.service';
import { sendEvidence, type UploadedEvidence } from '../evidence/evidence-files';
import { ReviewDto } from '../registrations/registration.dto';
import { ReportQueryDto, SaveReportDto } from './report.dto';
import { ReportsService } from './reports.service';

const REPORT = 'plans/:planId/phases/:phaseId/reports/:unitId';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly dashboards: PlanDashboardService,
  ) {}

  @Get('reports')
  @Can('read', 'PhaseReport')
  @ApiOperation({
    summary: 'Báo cáo sơ kết, tổng kết của các đơn vị trong phạm vi (hàng chờ duyệt: status=submitted)',
  })
  list(
    @Query() query: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<ReportListItemDto>> {
    return this.reports.list(query, principal);
  }

  @Get('plans/:planId/dashboard')
  @Can('read', 'PhaseReport')
  @ApiOperation({
    summary: 'Tiến độ của kế hoạch: tỷ lệ đăng ký, báo cáo đúng hạn theo đợt (trong phạm vi được xem)',
  })
  dashboard(
    @Param('planId', ParseUUIDPipe) planId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanDashboardDto> {
    return this.dashboards.of(planId, principal);
  }

  @Get(REPORT)
  @Can('read', 'PhaseReport')
  @ApiOperation({ summary: 'Báo cáo của một đơn vị cho một đợt (bản nháp trống nếu chưa có)' })
  get(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PhaseReportDto> {
    return this.reports.get(planId, phaseId, unitId, principal);
  }

  @Put(REPORT)
  @Can('update', 'PhaseReport')
  @ApiOperation({ summary: 'Lưu báo cáo: nội dung và kết quả các chỉ tiêu đã đăng ký' })
  save(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: SaveReportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PhaseReportDto> {
    return this.reports.save(planId, phaseId, unitId, input, principal);
  }

  @Post(`${REPORT}/submit`)
  @HttpCode(200)
  @Can('update', 'PhaseReport')
  @ApiOperation({ summary: 'Gửi báo cáo lên cấp trên (ghi nhận đúng hạn hay trễ hạn)' })
  submit(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PhaseReportDto> {
    return this.reports.submit(planId, phaseId, unitId, principal);
  }

  @Post(`${REPORT}/review`)
  @HttpCode(200)
  @Can('approve', 'PhaseReport')
  @ApiOperation({ summary: 'Cấp trên duyệt hoặc trả lại báo cáo (trả lại phải có lý do)' })
  review(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: ReviewDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PhaseReportDto> {
    return this.reports.review(planId, phaseId, unitId, input, principal);
  }

  @Post(`${REPORT}/evidence`)
  @Can('update', 'PhaseReport')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES + 1, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Đính kèm minh chứng (PDF, JPG, PNG, DOCX, XLSX; tối đa 10 MB; kiểm tra theo nội dung)',
  })
  addEvidence(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @UploadedFile() file: UploadedEvidence,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EvidenceDto> {
    return this.reports.addEvidence(planId, phaseId, unitId, file, principal);
  }

  @Get(`${REPORT}/evidence/:evidenceId`)
  @Can('read', 'PhaseReport')
  @ApiOperation({ summary: 'Tải tệp minh chứng' })
  async evidenceFile(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { entity, content } = await this.reports.evidenceFile(
      planId,
      phaseId,
      unitId,
      evidenceId,
      principal,
    );
    sendEvidence(res, entity, content);
  }

  @Delete(`${REPORT}/evidence/:evidenceId`)
  @HttpCode(204)
  @Can('update', 'PhaseReport')
  @ApiOperation({ summary: 'Gỡ tệp minh chứng khỏi báo cáo chưa gửi' })
  async removeEvidence(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('phaseId', ParseUUIDPipe) phaseId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.reports.removeEvidence(planId, phaseId, unitId, evidenceId, principal);
  }
}
