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
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import {
  AcknowledgePlanResponse,
  Page,
  PlanDto,
  PlanImportResult,
  PlanListItemDto,
  PlanReceiptDto,
  PlanTemplateDto,
  PlanTransitionDto,
} from '@thidua/shared/contracts';
import { PlanEditor } from './plan-editor.service';
import { PlanImportService } from './plan-import.service';
import { PlanLifecycle } from './plan-lifecycle.service';
import { PlanReader } from './plan-reader.service';
import { PlanReceipts } from './plan-receipts.service';
import { PlanTemplates } from './plan-templates.service';
import {
  CreatePlanDto,
  DerivePlanDto,
  PlanImportTextDto,
  PlanQueryDto,
  PlanReceiptQueryDto,
  PlanTemplateQueryDto,
  PlanTransitionBodyDto,
  UpdatePlanDto,
} from './plan.dto';

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly reader: PlanReader,
    private readonly editor: PlanEditor,
    private readonly lifecycle: PlanLifecycle,
    private readonly receipts: PlanReceipts,
    private readonly importer: PlanImportService,
    private readonly templates: PlanTemplates,
  ) {}

  @Get()
  @Can('read', 'Plan')
  @ApiOperation({ summary: 'Kế hoạch thi đua do đơn vị mình ban hành hoặc được gửi đến' })
  list(
    @Query() query: PlanQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<PlanListItemDto>> {
    return this.reader.list(query, principal);
  }

  @Post()
  @Can('create', 'Plan')
  @ApiOperation({ summary: 'Soạn kế hoạch (dự thảo)' })
  async create(@Body() input: CreatePlanDto, @CurrentPrincipal() principal: Principal): Promise<PlanDto> {
    return this.reader.describe(await this.editor.create(input, principal), principal);
  }

  @Post('import')
  @HttpCode(200)
  @Can('create', 'Plan')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, text: { type: 'string' } },
    },
  })
  @ApiOperation({
    summary:
      'Đọc văn bản kế hoạch (.docx, .txt, .md hoặc văn bản dán vào) thành bản nháp có cấu trúc để rà soát; chưa lưu',
  })
  import(
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Body() body: PlanImportTextDto,
  ): Promise<PlanImportResult> {
    return file ? this.importer.fromFile(file) : this.importer.fromText(body.text ?? '');
  }

  @Get('template')
  @Can('create', 'Plan')
  @ApiOperation({
    summary: 'Mẫu kế hoạch trống của đơn vị ban hành: dòng tiêu đề, ký hiệu, nơi ban hành, người ký',
  })
  template(
    @Query() query: PlanTemplateQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanTemplateDto> {
    return this.templates.template(query.issuerUnitId, principal);
  }

  @Get(':id')
  @Can('read', 'Plan')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PlanDto> {
    return this.reader.get(id, principal);
  }

  @Put(':id')
  @Can('update', 'Plan')
  @ApiOperation({ summary: 'Sửa dự thảo (kèm phiên bản đã đọc)' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UpdatePlanDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanDto> {
    return this.reader.describe(await this.editor.update(id, input, principal), principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @Can('delete', 'Plan')
  @ApiOperation({ summary: 'Xóa dự thảo' })
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.editor.remove(id, principal);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Can('read', 'Plan')
  @ApiOperation({
    summary:
      'Chuyển trạng thái: trình duyệt, trả lại, ban hành, bắt đầu thực hiện, sơ kết/tổng kết, kết thúc',
  })
  async transition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: PlanTransitionBodyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanDto> {
    const plan = await this.lifecycle.apply(id, input.transition, input.comment, principal);
    return this.reader.describe(plan, principal);
  }

  @Get(':id/history')
  @Can('read', 'Plan')
  @ApiOperation({ summary: 'Các bước đã qua của kế hoạch, người thực hiện và ý kiến' })
  history(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanTransitionDto[]> {
    return this.reader.history(id, principal);
  }

  @Get(':id/receipts')
  @Can('read', 'PlanReceipt')
  @ApiOperation({ summary: 'Đơn vị nhận kế hoạch và tình hình xác nhận đã nhận' })
  receiptsOf(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PlanReceiptQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<PlanReceiptDto>> {
    return this.reader.receiptsOf(id, query, principal);
  }

  @Post(':id/receipts/:unitId/acknowledge')
  @HttpCode(200)
  @Can('update', 'PlanReceipt')
  @ApiOperation({ summary: 'Đơn vị xác nhận đã nhận kế hoạch' })
  acknowledge(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AcknowledgePlanResponse> {
    return this.receipts.acknowledge(id, unitId, principal);
  }

  @Post(':id/derive')
  @Can('create', 'Plan')
  @ApiOperation({ summary: 'Xây dựng kế hoạch triển khai của đơn vị cấp dưới từ kế hoạch cấp trên' })
  async derive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: DerivePlanDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanDto> {
    return this.reader.describe(await this.editor.derive(id, input.issuerUnitId, principal), principal);
  }
}
