import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateIf,
} from 'class-validator';

const DEV_JWT_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

/**
 * Every setting of every process, read from the environment (and `.env` in development).
 * Defaults suit a developer machine; production must set JWT_SECRET.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT = 3000;

  @Matches(/^(mysql|mariadb):\/\/[^/\s]+\/[A-Za-z0-9_]+$/, {
    message: 'must look like mysql://user:password@host:3306/database',
  })
  DATABASE_URL = 'mysql://root@127.0.0.1:3306/thidua';

  @Matches(/^rediss?:\/\/[^\s]+$/, {
    message: 'must look like redis://host:6379 or redis://:password@host:6379/0',
  })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key this environment writes, so environments can share one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1-40 characters of a-z, 0-9, - or _' })
  QUEUE_PREFIX = 'thidua';

  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== DEV_JWT_SECRET)
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  ADMIN_URL = 'http://localhost:4200';

  @IsString()
  STORAGE_DIR = './storage';

  @Matches(/^\d+(kb|mb)$/, { message: 'must be a size such as 1mb or 512kb' })
  BODY_LIMIT = '1mb';

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  TRUST_PROXY = false;

  /** Outgoing mail server; when empty the worker writes each mail as an .eml file under STORAGE_DIR/outbox. */
  @ValidateIf((c: AppConfig) => c.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'must look like smtp://user:password@host:587 or smtps://host:465',
  })
  SMTP_URL = '';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'ThiĐua <no-reply@thidua.local>';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Set these environment variables (see .env.example for every setting and its default).',
    );
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws a ConfigError naming every bad setting. */
export function validateAppConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const given = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, given);
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEV_JWT_SECRET) {
    errors.push({ property: 'JWT_SECRET', constraints: { required: 'must be set in production' } } as never);
  }
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (e) =>
          `${e.property}=${JSON.stringify(given[e.property] ?? '')}: ${Object.values(e.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  return config;
}

/** Loads `.env` from the working directory when present (existing variables win), then validates. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  if (env === process.env && process.env['NODE_ENV'] !== 'test') {
    try {
      process.loadEnvFile('.env');
    } catch {
      // no .env file: the environment and the defaults apply
    }
  }
  return validateAppConfig(env);
}
