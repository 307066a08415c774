import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can } from '@thidua/server/core';
import { CreateTenantDto, SetTenantStatusDto, UpdateTenantDto } from './dto/tenant.dto';
import { TenantEntity } from './tenant.entity';
import { TenantsService } from './tenants.service';

/** Platform operators' tenant management. */
@ApiTags('tenants')
@ApiBearerAuth()
@Controller('tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Get()
  @Can('read', 'Tenant')
  @ApiOperation({ summary: 'Danh sách đơn vị thuê bao (LĐLĐ tỉnh)' })
  list(): Promise<TenantEntity[]> {
    return this.tenants.list();
  }

  @Get(':id')
  @Can('read', 'Tenant')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<TenantEntity> {
    return this.tenants.get(id);
  }

  @Post()
  @Can('create', 'Tenant')
  create(@Body() input: CreateTenantDto): Promise<TenantEntity> {
    return this.tenants.create(input);
  }

  @Patch(':id')
  @Can('update', 'Tenant')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateTenantDto): Promise<TenantEntity> {
    return this.tenants.update(id, input);
  }

  @Post(':id/status')
  @Can('update', 'Tenant')
  @ApiOperation({
    summary: 'Tạm dừng hoặc kích hoạt lại: người dùng của đơn vị tạm dừng không thể đăng nhập',
  })
  setStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: SetTenantStatusDto,
  ): Promise<TenantEntity> {
    return this.tenants.setStatus(id, input.status);
  }
}
