import { Body, Controller, Delete, Get, Headers, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { pickLocale, RoleDto } from '@thidua/shared/contracts';
import { UpdateRoleDto } from './roles.dto';
import { RolesService } from './roles.service';

@ApiTags('roles')
@ApiBearerAuth()
@Controller('roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @Can('read', 'Role')
  @ApiOperation({ summary: 'Các vai trò của LĐLĐ và quyền của từng vai trò (mặc định hoặc đã thu hẹp)' })
  list(@Headers('accept-language') language?: string): Promise<RoleDto[]> {
    return this.roles.list(pickLocale(language));
  }

  @Put(':key')
  @Can('update', 'Role')
  @ApiOperation({
    summary: 'Thu hẹp quyền của một vai trò cho LĐLĐ (không được rộng hơn mặc định của nền tảng)',
  })
  narrow(
    @Param('key') key: string,
    @Body() input: UpdateRoleDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept-language') language?: string,
  ): Promise<RoleDto> {
    return this.roles.narrow(key, input.rules, principal.userId, pickLocale(language));
  }

  @Delete(':key')
  @Can('update', 'Role')
  @ApiOperation({ summary: 'Trả vai trò về quyền mặc định của nền tảng' })
  reset(@Param('key') key: string, @Headers('accept-language') language?: string): Promise<RoleDto> {
    return this.roles.reset(key, pickLocale(language));
  }
}
