import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntryDto, Page } from '@thidua/shared/contracts';
import { Can } from '../auth/can.decorator';
import { AuditQueryDto } from './audit-query.dto';
import { AuditQueryService } from './audit-query.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Can('read', 'AuditLog')
  @ApiOperation({ summary: 'Nhật ký thay đổi của LĐLĐ: ai, làm gì, lúc nào (mới nhất trước)' })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query);
  }
}
