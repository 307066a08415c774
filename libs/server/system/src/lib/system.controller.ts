import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { PingJobAccepted, PingJobStatus } from '@thidua/shared/contracts';
import { SystemQueueService } from './system-queue.service';

@ApiTags('system')
@ApiBearerAuth()
@Can('read', 'SystemStatus')
@Controller('system')
export class SystemController {
  constructor(private readonly queue: SystemQueueService) {}

  @Post('ping')
  @HttpCode(202)
  @ApiOperation({ summary: 'Enqueue a diagnostic job that the worker answers' })
  ping(@CurrentPrincipal() principal: Principal): Promise<PingJobAccepted> {
    return this.queue.enqueuePing(principal.tenantId);
  }

  @Get('ping/:jobId')
  @ApiOperation({ summary: 'State and result of a diagnostic job' })
  status(@Param('jobId') jobId: string, @CurrentPrincipal() principal: Principal): Promise<PingJobStatus> {
    return this.queue.pingStatus(jobId, principal.tenantId);
  }
}
