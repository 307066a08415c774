import { Injectable } from '@nestjs/common';
import { InjectTenantRepository, TenantRepository } from '@thidua/server/core';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { TokenPurpose, UserTokenEntity } from '../entities/user-token.entity';
import { UserEntity } from '../entities/user.entity';

export const TOKEN_LIFETIME_MS: Readonly<Record<TokenPurpose, number>> = {
  invitation: 7 * 86_400_000,
  password_reset: 3_600_000,
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface IssuedToken {
  row: UserTokenEntity;
  /** The raw token, for the mail only: it is not stored. */
  token: string;
}

/** Single-use, expiring tokens sent by e-mail; only their SHA-256 is stored. */
@Injectable()
export class UserTokensService {
  constructor(
    @InjectTenantRepository(UserTokenEntity) private readonly tokens: TenantRepository<UserTokenEntity>,
  ) {}

  async issue(user: UserEntity, purpose: TokenPurpose): Promise<IssuedToken> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const row = this.tokens.create({
      id: uuidv7(),
      tenantId: user.tenantId,
      userId: user.id,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(now + TOKEN_LIFETIME_MS[purpose]),
      usedAt: null,
      createdAt: new Date(now),
    });
    return { row: await this.tokens.save(row), token };
  }

  /** The unused, unexpired token row for a raw token, or null. */
  findUsable(token: string, purpose: TokenPurpose): Promise<UserTokenEntity | null> {
    return this.tokens.findOneBy({
      tokenHash: sha256(token),
      purpose,
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }

  /**
   * Uses the token. The conditional UPDATE is the claim: of two requests presenting the same
   * token, the second waits for the first's row lock and then matches nothing.
   */
  async claim(id: string): Promise<boolean> {
    const now = new Date();
    return (
      (await this.tokens.update({ id, usedAt: IsNull(), expiresAt: MoreThan(now) }, { usedAt: now })) === 1
    );
  }

  /** Whether a token of this purpose was issued to the user within the last `withinMs`. */
  issuedSince(userId: string, purpose: TokenPurpose, withinMs: number): Promise<boolean> {
    return this.tokens.exists({
      userId,
      purpose,
      usedAt: IsNull(),
      createdAt: MoreThan(new Date(Date.now() - withinMs)),
    });
  }

  /** Makes every outstanding token of this purpose unusable (e.g. after a password change). */
  async retire(userId: string, purpose: TokenPurpose): Promise<void> {
    await this.tokens.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
