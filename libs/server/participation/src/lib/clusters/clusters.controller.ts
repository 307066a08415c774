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
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { ClusterDto, ClusterListItemDto, Page } from '@thidua/shared/contracts';
import {
  ClusterQueryDto,
  CreateClusterDto,
  SaveCovenantDto,
  SelectLeaderDto,
  UpdateClusterDto,
} from './cluster.dto';
import { ClustersService } from './clusters.service';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Get()
  @Can('read', 'Cluster')
  @ApiOperation({ summary: 'Các cụm, khối thi đua của một kế hoạch' })
  list(
    @Query() query: ClusterQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<ClusterListItemDto>> {
    return this.clusters.list(query, principal);
  }

  @Post()
  @Can('create', 'Cluster')
  @ApiOperation({ summary: 'Lập cụm, khối thi đua từ các đơn vị nhận kế hoạch' })
  create(@Body() input: CreateClusterDto, @CurrentPrincipal() principal: Principal): Promise<ClusterDto> {
    return this.clusters.create(input, principal);
  }

  @Get(':id')
  @Can('read', 'Cluster')
  @ApiOperation({ summary: 'Một cụm, khối: thành viên theo thứ hạng, giao ước, đơn vị dẫn đầu' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ClusterDto> {
    return this.clusters.get(id, principal);
  }

  @Put(':id')
  @Can('update', 'Cluster')
  @ApiOperation({ summary: 'Sửa tên, loại, cụm trưởng và thành viên' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: UpdateClusterDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClusterDto> {
    return this.clusters.update(id, input, principal);
  }

  @Put(':id/covenant')
  @Can('update', 'Cluster')
  @ApiOperation({ summary: 'Ghi nhận giao ước thi đua đã ký giữa các đơn vị trong cụm' })
  saveCovenant(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: SaveCovenantDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClusterDto> {
    return this.clusters.saveCovenant(id, input, principal);
  }

  @Post(':id/leader')
  @HttpCode(200)
  @Can('update', 'Cluster')
  @ApiOperation({ summary: 'Suy tôn đơn vị dẫn đầu cụm (chọn đơn vị không xếp thứ nhất cần ghi lý do)' })
  selectLeader(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: SelectLeaderDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClusterDto> {
    return this.clusters.selectLeader(id, input, principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @Can('delete', 'Cluster')
  @ApiOperation({ summary: 'Xóa cụm, khối chưa suy tôn đơn vị dẫn đầu' })
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.clusters.remove(id, principal);
  }
}
