import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@thidua/server/core';
import type { AssignRoleRequest, InviteUserRequest, UserQuery, UserStatus } from '@thidua/shared/contracts';
import { ROLE_KEYS } from '@thidua/shared/permissions';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';

const STATUSES: UserStatus[] = ['active', 'invited', 'disabled'];

export class UserQueryDto extends PageQueryDto implements UserQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên, email hoặc số điện thoại, không phân biệt dấu' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ enum: ROLE_KEYS })
  @IsOptional()
  @IsIn(ROLE_KEYS)
  roleKey?: string;
}

export class AssignRoleDto implements AssignRoleRequest {
  @ApiProperty({ enum: ROLE_KEYS, example: 'unit_officer' })
  @IsIn(ROLE_KEYS)
  roleKey!: string;

  @ApiProperty({ nullable: true, description: 'Đơn vị được giao vai trò; null: toàn LĐLĐ' })
  @ValidateIf((o: AssignRoleDto) => o.orgUnitId !== null)
  @IsUUID()
  orgUnitId!: string | null;
}

export class InviteUserDto extends AssignRoleDto implements InviteUserRequest {
  @ApiProperty({ example: 'can.bo@khanhhoa.thidua.vn' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Nguyễn Thị Hoa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  displayName!: string;

  @ApiPropertyOptional({ example: '0905 123 456' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;
}
