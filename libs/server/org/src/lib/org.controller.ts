import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import {
  OrgUnitDetailDto,
  OrgUnitDto,
  OrgUnitEventDto,
  OrgUnitTypeDto,
  Page,
} from '@thidua/shared/contracts';
import { rowScope } from '@thidua/shared/permissions';
import {
  CreateOrgUnitDto,
  EffectiveDto,
  MergeOrgUnitsDto,
  MoveOrgUnitDto,
  RenameOrgUnitDto,
  SplitOrgUnitDto,
} from './dto/org-change.dto';
import { OrgUnitQueryDto } from './dto/org-query.dto';
import { OrgRestructureService } from './org-restructure.service';
import { OrgTreeService } from './org-tree.service';
import { OrgTypesService } from './org-types.service';
import { OrgUnitsService } from './org-units.service';

const readScope = (p: Principal) => rowScope(p.grants.templates, p.grants.facts, 'read', 'OrgUnit');

@ApiTags('org')
@ApiBearerAuth()
@Controller('org')
export class OrgController {
  constructor(
    private readonly types: OrgTypesService,
    private readonly tree: OrgTreeService,
    private readonly units: OrgUnitsService,
    private readonly restructure: OrgRestructureService,
  ) {}

  @Get('unit-types')
  @Can('read', 'OrgUnitType')
  @ApiOperation({ summary: 'Các loại đơn vị và loại đơn vị trực thuộc được phép' })
  unitTypes(): Promise<OrgUnitTypeDto[]> {
    return this.types.list();
  }

  @Get('units')
  @Can('read', 'OrgUnit')
  @ApiOperation({
    summary: 'Đơn vị trực thuộc một đơn vị (hoặc đơn vị gốc), hay tìm kiếm; theo ngày nếu có asOf',
  })
  list(@Query() query: OrgUnitQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<OrgUnitDto>> {
    return this.tree.list(query, readScope(principal));
  }

  @Get('units/:id')
  @Can('read', 'OrgUnit')
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrgUnitDetailDto> {
    return this.tree.get(id, readScope(principal));
  }

  @Get('units/:id/history')
  @Can('read', 'OrgUnit')
  @ApiOperation({ summary: 'Lịch sử thành lập, đổi tên, chuyển, giải thể, sáp nhập, chia tách' })
  history(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrgUnitEventDto[]> {
    return this.tree.events(id, readScope(principal));
  }

  @Post('units')
  @Can('create', 'OrgUnit')
  async create(
    @Body() input: CreateOrgUnitDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrgUnitDetailDto> {
    const unit = await this.units.create(input);
    return this.tree.get(unit.id, readScope(principal));
  }

  @Post('units/:id/rename')
  @HttpCode(200)
  @Can('update', 'OrgUnit')
  async rename(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: RenameOrgUnitDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<OrgUnitDetailDto> {
    await this.units.rename(id, input);
    return this.tree.get(id, readScope(p));
  }

  @Post('units/:id/move')
  @HttpCode(200)
  @Can('update', 'OrgUnit')
  async move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: MoveOrgUnitDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<OrgUnitDetailDto> {
    await this.units.move(id, input);
    return this.tree.get(id, readScope(p));
  }

  @Post('units/:id/close')
  @HttpCode(200)
  @Can('update', 'OrgUnit')
  async close(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: EffectiveDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<OrgUnitDetailDto> {
    await this.units.close(id, input);
    return this.tree.get(id, readScope(p));
  }

  @Post('merges')
  @Can('update', 'OrgUnit')
  @ApiOperation({ summary: 'Sáp nhập nhiều đơn vị vào một đơn vị có sẵn hoặc mới' })
  async merge(@Body() input: MergeOrgUnitsDto, @CurrentPrincipal() p: Principal): Promise<OrgUnitDetailDto> {
    const target = await this.restructure.merge(input);
    return this.tree.get(target.id, readScope(p));
  }

  @Post('units/:id/split')
  @Can('update', 'OrgUnit')
  @ApiOperation({ summary: 'Chia tách một đơn vị thành nhiều đơn vị mới' })
  async split(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: SplitOrgUnitDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<OrgUnitDetailDto[]> {
    const targets = await this.restructure.split(id, input);
    return Promise.all(targets.map((t) => this.tree.get(t.id, readScope(p))));
  }
}
