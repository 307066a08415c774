import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@thidua/server/core';
import {
  AcceptInvitationDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
} from './account-recovery.dto';
import { AccountRecoveryService } from './account-recovery.service';

/** Links sent by e-mail: reached by people who are not signed in. */
@ApiTags('auth')
@Public()
@Controller('auth')
export class AccountRecoveryController {
  constructor(private readonly recovery: AccountRecoveryService) {}

  @Post('invitations/accept')
  @HttpCode(204)
  @ApiOperation({ summary: 'Nhận lời mời: đặt mật khẩu và kích hoạt tài khoản (liên kết dùng một lần)' })
  accept(@Body() input: AcceptInvitationDto): Promise<void> {
    return this.recovery.acceptInvitation(input.token, input.password);
  }

  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Gửi thư đặt lại mật khẩu; luôn trả 202, dù tài khoản có tồn tại hay không' })
  async requestReset(@Body() input: PasswordResetRequestDto): Promise<void> {
    await this.recovery.requestPasswordReset(input.login);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đặt mật khẩu mới bằng liên kết trong thư; mọi phiên đăng nhập khác kết thúc' })
  confirmReset(@Body() input: PasswordResetConfirmDto): Promise<void> {
    return this.recovery.confirmPasswordReset(input.token, input.password);
  }
}
