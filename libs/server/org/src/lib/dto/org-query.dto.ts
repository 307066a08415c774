import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { OrgUnitQuery, OrgUnitStatus } from '@thidua/shared/contracts';

export class OrgUnitQueryDto implements OrgUnitQuery {
  @ApiPropertyOptional({ description: 'Đơn vị cấp trên; bỏ trống để lấy các đơn vị gốc' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: 'Tìm theo tên hoặc mã, không phân biệt dấu' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Cơ cấu tại ngày (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({ enum: ['active', 'closed', 'merged', 'all'] })
  @IsOptional()
  @IsIn(['active', 'closed', 'merged', 'all'])
  status?: OrgUnitStatus | 'all';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  typeCode?: string;

  @ApiPropertyOptional({ enum: ['name', 'code', 'memberCount'] })
  @IsOptional()
  @IsIn(['name', 'code', 'memberCount'])
  sort?: 'name' | 'code' | 'memberCount';

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
