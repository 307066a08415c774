import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can } from '@thidua/server/core';
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
  ping(): Promise<PingJobAccepted> {
    return this.queue.enqueuePing();
  }

  @Get('ping/:jobId')
  @ApiOperation({ summary: 'State and result of a diagnostic job' })
  status(@Param('jobId') jobId: string): Promise<PingJobStatus> {
    return this.queue.pingStatus(jobId);
  }
}
