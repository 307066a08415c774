import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  SaveReviewScoreRequest,
  SaveSelfScoreRequest,
  SCORECARD_DECISIONS,
  SCORECARD_STATUSES,
  type ScorecardDecision,
  ScorecardDecisionRequest,
  ScorecardQuery,
  type ScorecardStatus,
  ScorePoints,
} from '@thidua/shared/contracts';
import { Transform, Type } from 'class-transformer';
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

export class ScorePointsDto implements ScorePoints {
  @ApiProperty({ example: '1.1', description: 'Mã tiêu chí trong bảng tiêu chí của kế hoạch' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code!: string;

  @ApiProperty({ example: 9.5 })
  @IsNumber(POINTS)
  @Min(0)
  @Max(1000)
  points!: number;

  @ApiProperty({ nullable: true, example: 'Kết nạp 132/120 đoàn viên (biên bản kèm theo).' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(2000)
  note!: string | null;
}

export class BonusPointsDto {
  @ApiProperty({ example: 2 })
  @IsNumber(POINTS)
  @Min(0)
  @Max(1000)
  points!: number;

  @ApiProperty({ nullable: true, example: 'Bằng khen của Tổng Liên đoàn về phong trào Xanh – Sạch – Đẹp.' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(2000)
  note!: string | null;
}

export class SaveSelfScoreDto implements SaveSelfScoreRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc (0 khi chưa lưu lần nào)' })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiProperty({ type: [ScorePointsDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ScorePointsDto)
  items!: ScorePointsDto[];

  @ApiProperty({ type: BonusPointsDto, nullable: true })
  @ValidateIf((_, value) => value !== null)
  @ValidateNested()
  @Type(() => BonusPointsDto)
  bonus!: BonusPointsDto | null;
}

export class SaveReviewScoreDto extends SaveSelfScoreDto implements SaveReviewScoreRequest {
  @ApiProperty({ example: 'Minh chứng tiêu chí 1.2 chưa đủ, chấm lại theo biên bản kiểm tra.' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class ScorecardDecisionDto implements ScorecardDecisionRequest {
  @ApiProperty({ enum: SCORECARD_DECISIONS })
  @IsIn(SCORECARD_DECISIONS)
  decision!: ScorecardDecision;

  @ApiPropertyOptional({ description: 'Bắt buộc khi trả lại hoặc mở lại' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ScorecardQueryDto extends PageQueryDto implements ScorecardQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ enum: SCORECARD_STATUSES })
  @IsOptional()
  @IsIn(SCORECARD_STATUSES)
  status?: ScorecardStatus;

  @ApiPropertyOptional({
    description: 'Mức xếp loại (thứ tự trong bảng tiêu chí, từ 0; -1: không đạt mức nào)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-1)
  @Max(20)
  band?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiPropertyOptional({ description: 'Tìm theo tên, mã đơn vị (không phân biệt dấu)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['updatedAt', 'total', 'unit'] })
  @IsOptional()
  @IsIn(['updatedAt', 'total', 'unit'])
  sort?: 'updatedAt' | 'total' | 'unit';
}

/** The multipart form of an evidence upload: the file and, optionally, the criterion it supports. */
export class ScorecardEvidenceFormDto {
  @ApiPropertyOptional({ description: 'Mã tiêu chí mà minh chứng này chứng minh' })
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsString()
  @MaxLength(20)
  criterionCode?: string;
}
