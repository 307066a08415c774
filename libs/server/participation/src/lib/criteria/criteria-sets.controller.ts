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
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { CriteriaSetDto, CriteriaSetSummaryDto, Page, PlanScoringDto } from '@thidua/shared/contracts';
import {
  AttachCriteriaSetDto,
  CreateCriteriaSetDto,
  CriteriaSetQueryDto,
  UpdateCriteriaSetDto,
} from './criteria-set.dto';
import { CriteriaSetsService } from './criteria-sets.service';
import { PlanScoring } from './plan-scoring.service';

@ApiTags('criteria-sets')
@ApiBearerAuth()
@Controller()
export class CriteriaSetsController {
  constructor(
    private readonly sets: CriteriaSetsService,
    private readonly scoring: PlanScoring,
  ) {}

  @Get('criteria-sets')
  @Can('read', 'CriteriaSet')
  @ApiOperation({ summary: 'Các bảng tiêu chí chấm điểm thi đua của LĐLĐ' })
  list(@Query() query: CriteriaSetQueryDto): Promise<Page<CriteriaSetSummaryDto>> {
    return this.sets.list(query);
  }

  @Post('criteria-sets')
  @Can('create', 'CriteriaSet')
  @ApiOperation({
    summary: 'Soạn bảng tiêu chí mới (bản nháp): nhóm, tiêu chí, điểm tối đa, điểm thưởng, mức xếp loại',
  })
  create(
    @Body() input: CreateCriteriaSetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CriteriaSetDto> {
    return this.sets.create(input, principal);
  }

  @Get('criteria-sets/:id')
  @Can('read', 'CriteriaSet')
  @ApiOperation({ summary: 'Một bảng tiêu chí với đầy đủ tiêu chí và mức xếp loại' })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CriteriaSetDto> {
    return this.sets.get(id, principal);
  }

  @Put('criteria-sets/:id')
  @Can('update', 'CriteriaSet')
  @ApiOperation({ summary: 'Sửa bản nháp (bảng đã ban hành không sửa được: tạo bản sao)' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UpdateCriteriaSetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CriteriaSetDto> {
    return this.sets.update(id, input, principal);
  }

  @Post('criteria-sets/:id/publish')
  @HttpCode(200)
  @Can('update', 'CriteriaSet')
  @ApiOperation({ summary: 'Ban hành bảng tiêu chí: từ đây kế hoạch dùng được, nội dung không đổi nữa' })
  publish(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CriteriaSetDto> {
    return this.sets.publish(id, principal);
  }

  @Post('criteria-sets/:id/archive')
  @HttpCode(200)
  @Can('update', 'CriteriaSet')
  @ApiOperation({ summary: 'Lưu trữ bảng tiêu chí: không còn gắn được cho kế hoạch mới' })
  archive(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CriteriaSetDto> {
    return this.sets.archive(id, principal);
  }

  @Post('criteria-sets/:id/copy')
  @Can('create', 'CriteriaSet')
  @ApiOperation({ summary: 'Tạo bản nháp mới từ một bảng tiêu chí (để sửa bảng đã ban hành)' })
  copy(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CriteriaSetDto> {
    return this.sets.copy(id, principal);
  }

  @Delete('criteria-sets/:id')
  @HttpCode(204)
  @Can('delete', 'CriteriaSet')
  @ApiOperation({ summary: 'Xóa bản nháp chưa ban hành' })
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.sets.remove(id);
  }

  @Get('plans/:planId/scoring')
  @Can('read', 'Plan')
  @ApiOperation({ summary: 'Bảng tiêu chí mà kế hoạch dùng để chấm điểm' })
  scoringOf(
    @Param('planId', ParseUUIDPipe) planId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanScoringDto> {
    return this.scoring.get(planId, principal);
  }

  @Put('plans/:planId/scoring')
  @Can('update', 'Plan')
  @ApiOperation({
    summary: 'Gắn (hoặc bỏ) bảng tiêu chí đã ban hành cho kế hoạch, trước khi có phiếu chấm điểm',
  })
  attach(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() input: AttachCriteriaSetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanScoringDto> {
    return this.scoring.attach(planId, input.criteriaSetId, principal);
  }
}
