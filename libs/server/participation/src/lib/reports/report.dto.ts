import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  IndicatorValue,
  REGISTRATION_STATUSES,
  ReportQuery,
  type ReportStatus,
  SaveReportRequest,
} from '@thidua/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
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

export class IndicatorValueDto implements IndicatorValue {
  @ApiProperty({ description: 'Thứ tự chỉ tiêu trong bản đăng ký (từ 0)' })
  @IsInt()
  @Min(0)
  @Max(99)
  targetIndex!: number;

  @ApiProperty({ example: 135 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  actualValue!: number;

  @ApiProperty({ nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(1000)
  note!: string | null;
}

export class SaveReportDto implements SaveReportRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc (0 khi chưa lưu lần nào)' })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiProperty({ description: 'Báo cáo sơ kết, tổng kết của đơn vị' })
  @IsString()
  @MaxLength(100_000)
  narrative!: string;

  @ApiProperty({ type: [IndicatorValueDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueDto)
  indicators!: IndicatorValueDto[];
}

export class ReportQueryDto extends PageQueryDto implements ReportQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  phaseId?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: ReportStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
