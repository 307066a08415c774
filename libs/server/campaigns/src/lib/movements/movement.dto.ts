import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  CreateMovementRequest,
  MOVEMENT_KINDS,
  type MovementKind,
  MovementQuery,
  UpdateMovementRequest,
} from '@thidua/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class CreateMovementDto implements CreateMovementRequest {
  @ApiProperty({ example: 'Khánh Hòa chung sức xây dựng nông thôn mới' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  name!: string;

  @ApiProperty({ enum: MOVEMENT_KINDS })
  @IsIn(MOVEMENT_KINDS)
  kind!: MovementKind;

  @ApiProperty({ example: 'Ủy ban nhân dân tỉnh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  launcher!: string;

  @ApiPropertyOptional({ nullable: true, example: 2021 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1945)
  @Max(2100)
  fromYear?: number | null;

  @ApiPropertyOptional({ nullable: true, example: 2025 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1945)
  @Max(2100)
  toYear?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

/** Every field of a tenant entry may change; `active: false` hides it from new plans. */
export class UpdateMovementDto extends PartialType(CreateMovementDto) implements UpdateMovementRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class MovementQueryDto extends PageQueryDto implements MovementQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: MOVEMENT_KINDS })
  @IsOptional()
  @IsIn(MOVEMENT_KINDS)
  kind?: MovementKind;

  @ApiPropertyOptional({ enum: ['national', 'tenant', 'plugin'] })
  @IsOptional()
  @IsIn(['national', 'tenant', 'plugin'])
  source?: 'national' | 'tenant' | 'plugin';

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
