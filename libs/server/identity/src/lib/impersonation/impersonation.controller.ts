import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { SignInResponse } from '@thidua/shared/contracts';
import { ImpersonationService } from './impersonation.service';

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('tenants')
export class ImpersonationController {
  constructor(private readonly impersonation: ImpersonationService) {}

  @Post(':id/impersonate')
  @HttpCode(200)
  @Can('impersonate', 'Tenant')
  @ApiOperation({
    summary:
      'Hỗ trợ kỹ thuật: vào LĐLĐ với quyền quản trị viên trong 15 phút (không gia hạn); mọi thao tác ghi nhật ký kèm người vận hành',
  })
  start(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SignInResponse> {
    return this.impersonation.start(principal, id);
  }
}
