import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TENANT_STATUSES, TenantStatus } from '../tenant.entity';

export class CreateTenantDto {
  @ApiProperty({ example: 'khanh-hoa', description: 'Mã đơn vị (chữ thường, số, dấu gạch ngang)' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/)
  code!: string;

  @ApiProperty({ example: 'Liên đoàn Lao động tỉnh Khánh Hòa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'LĐ', description: 'Ký hiệu cơ quan ban hành trong số văn bản, ví dụ 22/KH-LĐ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  issuerCode!: string;

  @ApiProperty({ example: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  headerSuperior!: string;

  @ApiProperty({ example: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  headerIssuer!: string;

  @ApiProperty({ example: 'Khánh Hòa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  placeName!: string;

  @ApiPropertyOptional({ example: 'Asia/Ho_Chi_Minh' })
  @IsOptional()
  @Matches(/^[A-Za-z]+\/[A-Za-z_]+$/)
  timeZone?: string;
}

export class UpdateTenantDto extends PartialType(CreateTenantDto) {}

export class SetTenantStatusDto {
  @ApiProperty({ enum: ['active', 'suspended'] })
  @IsIn(['active', 'suspended'])
  status!: Exclude<TenantStatus, 'merged'>;
}

export const TENANT_STATUS_VALUES = TENANT_STATUSES;
