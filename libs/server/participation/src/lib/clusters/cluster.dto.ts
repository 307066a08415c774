import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  CLUSTER_KINDS,
  type ClusterKind,
  ClusterQuery,
  CreateClusterRequest,
  SaveCovenantRequest,
  SelectLeaderRequest,
  UpdateClusterRequest,
} from '@thidua/shared/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

class ClusterFieldsDto {
  @ApiProperty({ example: 'Cụm thi đua số 1 – các công đoàn xã ven biển' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: CLUSTER_KINDS, description: 'cluster: cụm (theo địa bàn); bloc: khối (theo ngành)' })
  @IsIn(CLUSTER_KINDS)
  kind!: ClusterKind;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Đơn vị cụm trưởng (phải là thành viên)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  headUnitId?: string | null;

  @ApiProperty({ type: [String], description: 'Các đơn vị thành viên (ít nhất hai)' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberUnitIds!: string[];
}

export class CreateClusterDto extends ClusterFieldsDto implements CreateClusterRequest {
  @ApiProperty()
  @IsUUID()
  planId!: string;
}

export class UpdateClusterDto extends ClusterFieldsDto implements UpdateClusterRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class SaveCovenantDto implements SaveCovenantRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-02-20', description: 'Ngày ký giao ước' })
  @IsISO8601({ strict: true })
  signedOn!: string;

  @ApiProperty({ nullable: true, example: 'Nha Trang' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  place!: string | null;

  @ApiProperty({ example: 'Các đơn vị trong cụm cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2026…' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  content!: string;
}

export class SelectLeaderDto implements SelectLeaderRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty()
  @IsUUID()
  unitId!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Bắt buộc khi chọn đơn vị không xếp thứ nhất' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class ClusterQueryDto extends PageQueryDto implements ClusterQuery {
  @ApiProperty()
  @IsUUID()
  planId!: string;

  @ApiPropertyOptional({ enum: CLUSTER_KINDS })
  @IsOptional()
  @IsIn(CLUSTER_KINDS)
  kind?: ClusterKind;

  @ApiPropertyOptional({ description: 'Tìm theo tên (không phân biệt dấu)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
