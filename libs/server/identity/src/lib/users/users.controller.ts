import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { Page, UserDto } from '@thidua/shared/contracts';
import { UserAdminService } from './user-admin.service';
import { UserReader } from './user-reader.service';
import { AssignRoleDto, InviteUserDto, UserQueryDto } from './users.dto';

/** The users of the caller's tenant (the tenant comes from the access token only). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly reader: UserReader,
    private readonly admin: UserAdminService,
  ) {}

  @Get()
  @Can('read', 'User')
  @ApiOperation({
    summary:
      'Danh sách người dùng của LĐLĐ: tìm theo tên, email, số điện thoại; lọc theo trạng thái, vai trò',
  })
  list(@Query() query: UserQueryDto): Promise<Page<UserDto>> {
    return this.reader.list(query);
  }

  @Get(':id')
  @Can('read', 'User')
  @ApiOperation({ summary: 'Một người dùng của LĐLĐ và các vai trò được giao' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return this.reader.get(id);
  }

  @Post('invitations')
  @Can('create', 'User')
  @ApiOperation({
    summary: 'Mời người dùng: tạo tài khoản chờ kích hoạt với một vai trò và gửi thư mời (hiệu lực 7 ngày)',
  })
  invite(@Body() input: InviteUserDto, @CurrentPrincipal() principal: Principal): Promise<UserDto> {
    return this.admin.invite(input, principal);
  }

  @Post(':id/roles')
  @Can('create', 'RoleAssignment')
  @ApiOperation({ summary: 'Giao thêm một vai trò tại một đơn vị' })
  assignRole(@Param('id', ParseUUIDPipe) id: string, @Body() input: AssignRoleDto): Promise<UserDto> {
    return this.admin.assignRole(id, input);
  }

  @Delete(':id/roles/:assignmentId')
  @Can('delete', 'RoleAssignment')
  @ApiOperation({ summary: 'Thu hồi một vai trò đã giao' })
  removeRole(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
  ): Promise<UserDto> {
    return this.admin.removeRole(id, assignmentId);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Can('update', 'User')
  @ApiOperation({ summary: 'Vô hiệu hóa tài khoản; mọi phiên đăng nhập của người dùng kết thúc ngay' })
  disable(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserDto> {
    return this.admin.disable(id, principal);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Can('update', 'User')
  @ApiOperation({ summary: 'Kích hoạt lại tài khoản đã vô hiệu hóa' })
  enable(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return this.admin.enable(id);
  }
}
