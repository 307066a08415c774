import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  CreatePlanRequest,
  DerivePlanRequest,
  PLAN_STATUSES,
  PLAN_TRANSITIONS,
  PlanQuery,
  PlanReceiptQuery,
  type PlanStatus,
  type PlanTransition,
  PlanTransitionRequest,
  UpdatePlanRequest,
} from '@thidua/shared/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PlanBodyFields } from './plan-content.dto';

export class CreatePlanDto extends PlanBodyFields implements CreatePlanRequest {
  @ApiPropertyOptional({ description: 'Đơn vị ban hành; mặc định là LĐLĐ tỉnh (đơn vị gốc)' })
  @IsOptional()
  @IsUUID()
  issuerUnitId?: string;
}

export class UpdatePlanDto extends PlanBodyFields implements UpdatePlanRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc; lệch phiên bản → 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class PlanTransitionBodyDto implements PlanTransitionRequest {
  @ApiProperty({ enum: Object.keys(PLAN_TRANSITIONS) })
  @IsIn(Object.keys(PLAN_TRANSITIONS))
  transition!: PlanTransition;

  @ApiPropertyOptional({ description: 'Ý kiến; bắt buộc khi trả lại' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class DerivePlanDto implements DerivePlanRequest {
  @ApiProperty({ description: 'Đơn vị cấp dưới xây dựng kế hoạch triển khai' })
  @IsUUID()
  issuerUnitId!: string;
}

/** The JSON form of an import (pasted text); an upload sends the file instead. */
export class PlanImportTextDto {
  @ApiPropertyOptional({ description: 'Nội dung văn bản dán vào' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  text?: string;
}

export class PlanQueryDto extends PageQueryDto implements PlanQuery {
  @ApiPropertyOptional({ description: 'Tìm theo trích yếu, số, đơn vị ban hành (không phân biệt dấu)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: ['all', 'issued', 'received'] })
  @IsOptional()
  @IsIn(['all', 'issued', 'received'])
  scope?: 'all' | 'issued' | 'received';

  @ApiPropertyOptional({ enum: ['updatedAt', 'issuedDate', 'title', 'year'] })
  @IsOptional()
  @IsIn(['updatedAt', 'issuedDate', 'title', 'year'])
  sort?: 'updatedAt' | 'issuedDate' | 'title' | 'year';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  dir?: 'asc' | 'desc';
}

export class PlanReceiptQueryDto extends PageQueryDto implements PlanReceiptQuery {
  @ApiPropertyOptional({ enum: ['yes', 'no'] })
  @IsOptional()
  @IsIn(['yes', 'no'])
  acknowledged?: 'yes' | 'no';
}

export class PlanTemplateQueryDto {
  @ApiPropertyOptional({ description: 'Đơn vị ban hành; mặc định là LĐLĐ tỉnh' })
  @IsOptional()
  @IsUUID()
  issuerUnitId?: string;
}
