import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import {
  IndividualAim,
  REGISTRATION_STATUSES,
  RegistrationQuery,
  type RegistrationStatus,
  RegistrationTarget,
  ReviewRequest,
  SaveRegistrationRequest,
} from '@thidua/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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

export class RegistrationTargetDto implements RegistrationTarget {
  @ApiProperty({ example: 'Phát triển đoàn viên mới' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  content!: string;

  @ApiProperty({ example: 'đoàn viên' })
  @IsString()
  @MaxLength(60)
  unitOfMeasure!: string;

  @ApiProperty({ example: 120 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  plannedValue!: number;

  @ApiProperty({ nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(1000)
  note!: string | null;
}

export class IndividualAimDto implements IndividualAim {
  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ example: 'Chiến sĩ thi đua cơ sở' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;
}

export class SaveRegistrationDto implements SaveRegistrationRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc (0 khi chưa lưu lần nào)' })
  @IsInt()
  @Min(0)
  version!: number;

  @ApiProperty({ type: [String], description: 'Tên các phong trào của kế hoạch mà đơn vị tham gia' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(400, { each: true })
  movements!: string[];

  @ApiProperty({ type: [RegistrationTargetDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RegistrationTargetDto)
  targets!: RegistrationTargetDto[];

  @ApiProperty({ type: [String], example: ['Tập thể Lao động xuất sắc'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(255, { each: true })
  collectiveTitles!: string[];

  @ApiProperty({ type: [IndividualAimDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => IndividualAimDto)
  individualTitles!: IndividualAimDto[];
}

export class ReviewDto implements ReviewRequest {
  @ApiProperty({ enum: ['accept', 'return'] })
  @IsIn(['accept', 'return'])
  decision!: 'accept' | 'return';

  @ApiPropertyOptional({ description: 'Bắt buộc khi trả lại' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class RegistrationQueryDto extends PageQueryDto implements RegistrationQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  late?: boolean;

  @ApiPropertyOptional({ description: 'Tìm theo tên, mã đơn vị (không phân biệt dấu)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
