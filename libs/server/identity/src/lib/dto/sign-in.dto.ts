import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SignInRequest } from '@thidua/shared/contracts';

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'admin@khanhhoa.thidua.vn', description: 'Email hoặc số điện thoại' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  login!: string;

  @ApiProperty({ example: 'mật khẩu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}
