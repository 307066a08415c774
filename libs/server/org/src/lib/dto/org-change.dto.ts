import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CreateOrgUnitRequest,
  MergeOrgUnitsRequest,
  MoveOrgUnitRequest,
  RenameOrgUnitRequest,
  SplitOrgUnitRequest,
} from '@thidua/shared/contracts';

export class EffectiveDto {
  @ApiPropertyOptional({ example: '2025-07-01', description: 'Ngày hiệu lực; mặc định hôm nay' })
  @IsOptional()
  @IsISO8601({ strict: true })
  effectiveDate?: string;

  @ApiPropertyOptional({ example: 'Theo Quyết định số 15/QĐ-LĐLĐ' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class NewUnitDto {
  @ApiProperty({ example: 'CDCS-0001' })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/)
  code!: string;

  @ApiProperty({ example: 'Công đoàn cơ sở Công ty TNHH Hải Sản Nha Trang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty()
  @IsUUID()
  typeId!: string;

  @ApiProperty({ nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  parentId!: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(255)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  memberCount?: number;
}

export class CreateOrgUnitDto extends NewUnitDto implements CreateOrgUnitRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  effectiveDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RenameOrgUnitDto extends EffectiveDto implements RenameOrgUnitRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;
}

export class MoveOrgUnitDto extends EffectiveDto implements MoveOrgUnitRequest {
  @ApiProperty()
  @IsUUID()
  parentId!: string;
}

export class MergeOrgUnitsDto extends EffectiveDto implements MergeOrgUnitsRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  sourceIds!: string[];

  @ApiPropertyOptional({ description: 'Đơn vị tiếp nhận có sẵn' })
  @ValidateIf((dto: MergeOrgUnitsDto) => dto.targetId !== undefined || !dto.target)
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ type: NewUnitDto, description: 'Hoặc đơn vị mới hình thành sau sáp nhập' })
  @ValidateIf((dto: MergeOrgUnitsDto) => dto.target !== undefined || !dto.targetId)
  @ValidateNested()
  @Type(() => NewUnitDto)
  target?: NewUnitDto;
}

export class SplitTargetDto extends OmitType(NewUnitDto, ['parentId'] as const) {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class SplitOrgUnitDto extends EffectiveDto implements SplitOrgUnitRequest {
  @ApiProperty({ type: [SplitTargetDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SplitTargetDto)
  targets!: SplitTargetDto[];
}
