import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { MyParticipationDto, Page, RegistrationDto, RegistrationListItemDto } from '@thidua/shared/contracts';
import { MyParticipationService } from '../my-participation.service';
import { RegistrationQueryDto, ReviewDto, SaveRegistrationDto } from './registration.dto';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller()
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly participation: MyParticipationService,
  ) {}

  @Get('registrations')
  @Can('read', 'Registration')
  @ApiOperation({
    summary: 'Bản đăng ký thi đua của các đơn vị trong phạm vi (hàng chờ duyệt: status=submitted)',
  })
  list(
    @Query() query: RegistrationQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<RegistrationListItemDto>> {
    return this.registrations.list(query, principal);
  }

  @Get('plans/:planId/participation')
  @Can('read', 'Registration')
  @ApiOperation({ summary: 'Tình hình đăng ký và báo cáo của các đơn vị mình phụ trách trong một kế hoạch' })
  mine(
    @Param('planId', ParseUUIDPipe) planId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MyParticipationDto> {
    return this.participation.of(planId, principal);
  }

  @Get('plans/:planId/registrations/:unitId')
  @Can('read', 'Registration')
  @ApiOperation({ summary: 'Bản đăng ký của một đơn vị cho một kế hoạch (bản nháp trống nếu chưa đăng ký)' })
  get(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationDto> {
    return this.registrations.get(planId, unitId, principal);
  }

  @Put('plans/:planId/registrations/:unitId')
  @Can('update', 'Registration')
  @ApiOperation({ summary: 'Lưu bản đăng ký: phong trào tham gia, chỉ tiêu, danh hiệu phấn đấu' })
  save(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: SaveRegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationDto> {
    return this.registrations.save(planId, unitId, input, principal);
  }

  @Post('plans/:planId/registrations/:unitId/submit')
  @HttpCode(200)
  @Can('update', 'Registration')
  @ApiOperation({ summary: 'Gửi bản đăng ký lên cấp trên (gửi sau hạn được đánh dấu trễ hạn)' })
  submit(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationDto> {
    return this.registrations.submit(planId, unitId, principal);
  }

  @Post('plans/:planId/registrations/:unitId/review')
  @HttpCode(200)
  @Can('approve', 'Registration')
  @ApiOperation({ summary: 'Cấp trên duyệt hoặc trả lại bản đăng ký (trả lại phải có lý do)' })
  review(
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() input: ReviewDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationDto> {
    return this.registrations.review(planId, unitId, input, principal);
  }
}
