import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { RedisReadiness } from './readiness.indicators';

/** /health and /ready for the API process. */
@Module({
  imports: [TerminusModule.forRoot({ gracefulShutdownTimeoutMs: 0, logger: false })],
  controllers: [HealthController],
  providers: [RedisReadiness],
})
export class HealthModule {}
