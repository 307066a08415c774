import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig, CurrentPrincipal, Public, SignedIn } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { REFRESH_COOKIE, SessionInfo, SignInResponse } from '@thidua/shared/contracts';
import { packAbilityRules } from '@thidua/shared/permissions';
import type { CookieOptions, Request, Response } from 'express';
import { SignInDto } from '../dto/sign-in.dto';
import { IssuedSession, SessionService } from './session.service';
import { PrincipalLoader } from './principal-loader';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly principals: PrincipalLoader,
    private readonly config: AppConfig,
  ) {}

  private cookieOptions(expires?: Date): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.NODE_ENV === 'production',
      path: '/api/auth',
      expires,
    };
  }

  private reply(res: Response, issued: IssuedSession): SignInResponse {
    res.cookie(REFRESH_COOKIE, issued.refreshToken, this.cookieOptions(issued.refreshExpiresAt));
    return issued.response;
  }

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập bằng email hoặc số điện thoại' })
  async signIn(@Body() input: SignInDto, @Res({ passthrough: true }) res: Response): Promise<SignInResponse> {
    return this.reply(res, await this.sessions.signIn(input.login, input.password));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Đổi refresh token (cookie) lấy phiên mới; token cũ không dùng lại được' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignInResponse> {
    return this.reply(res, await this.sessions.refresh(req.cookies?.[REFRESH_COOKIE]));
  }

  @Public()
  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.signOut(req.cookies?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  @SignedIn()
  @Post('sign-out-everywhere')
  @HttpCode(204)
  @ApiBearerAuth()
  async signOutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.signOutEverywhere(principal.userId);
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  @SignedIn()
  @Get('me')
  @ApiBearerAuth()
  async me(@CurrentPrincipal() principal: Principal): Promise<SessionInfo> {
    return { user: await this.principals.describe(principal), rules: packAbilityRules(principal.rules) };
  }
}
