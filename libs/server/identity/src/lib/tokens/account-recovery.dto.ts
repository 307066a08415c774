import { ApiProperty } from '@nestjs/swagger';
import {
  AcceptInvitationRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
} from '@thidua/shared/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ description: 'Mã trong liên kết của thư mời' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ description: 'Ít nhất 10 ký tự, không chỉ gồm chữ số, không trùng email' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty({ example: 'can.bo@khanhhoa.thidua.vn', description: 'Email hoặc số điện thoại' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  login!: string;
}

export class PasswordResetConfirmDto extends AcceptInvitationDto implements PasswordResetConfirm {}
