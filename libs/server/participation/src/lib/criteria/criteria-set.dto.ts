import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  AttachCriteriaSetRequest,
  CreateCriteriaSetRequest,
  CRITERIA_SET_STATUSES,
  CriteriaGroup,
  CriteriaSetQuery,
  type CriteriaSetStatus,
  Criterion,
  RankBand,
  UpdateCriteriaSetRequest,
} from '@thidua/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const POINTS = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 } as const;

export class CriterionDto implements Criterion {
  @ApiProperty({ example: '1.1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code!: string;

  @ApiProperty({ example: 'Phát triển đoàn viên, thành lập công đoàn cơ sở đạt chỉ tiêu được giao' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;

  @ApiProperty({ example: 10 })
  @IsNumber(POINTS)
  @Min(0.5)
  @Max(1000)
  maxPoints!: number;

  @ApiProperty({ nullable: true, example: 'Đạt 100% chỉ tiêu: 10 điểm; mỗi 10% thiếu trừ 1 điểm.' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(4000)
  guidance!: string | null;
}

export class CriteriaGroupDto implements CriteriaGroup {
  @ApiProperty({ example: 'I' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code!: string;

  @ApiProperty({ example: 'Công tác tổ chức, phát triển đoàn viên' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria!: CriterionDto[];
}

export class RankBandDto implements RankBand {
  @ApiProperty({ example: 'Hoàn thành xuất sắc nhiệm vụ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 85 })
  @IsNumber(POINTS)
  @Min(0)
  @Max(100000)
  minTotal!: number;

  @ApiProperty({
    nullable: true,
    example: 0.5,
    description: 'Không tiêu chí nào dưới tỷ lệ này của điểm tối đa (0–1)',
  })
  @ValidateIf((_, value) => value !== null)
  @IsNumber(POINTS)
  @Min(0)
  @Max(1)
  minCriterionRatio!: number | null;
}

export class CreateCriteriaSetDto implements CreateCriteriaSetRequest {
  @ApiProperty({ example: 'Bảng chấm điểm thi đua công đoàn cơ sở năm 2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 2026 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @ApiProperty({ type: [CriteriaGroupDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriteriaGroupDto)
  groups!: CriteriaGroupDto[];

  @ApiProperty({ example: 10 })
  @IsNumber(POINTS)
  @Min(0)
  @Max(1000)
  bonusMax!: number;

  @ApiProperty({ nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(4000)
  bonusGuidance!: string | null;

  @ApiProperty({ type: [RankBandDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RankBandDto)
  bands!: RankBandDto[];
}

export class UpdateCriteriaSetDto extends CreateCriteriaSetDto implements UpdateCriteriaSetRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CriteriaSetQueryDto extends PageQueryDto implements CriteriaSetQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên (không phân biệt dấu)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: CRITERIA_SET_STATUSES })
  @IsOptional()
  @IsIn(CRITERIA_SET_STATUSES)
  status?: CriteriaSetStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class AttachCriteriaSetDto implements AttachCriteriaSetRequest {
  @ApiProperty({ nullable: true, description: 'Bảng tiêu chí đã ban hành; null để bỏ' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  criteriaSetId!: string | null;
}
