import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@thidua/server/core';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';

/** Everything main.ts and the integration tests both need, so tests run the real pipeline. */
export function configureApi(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use(cookieParser());
  app.setGlobalPrefix('api', { exclude: ['health', 'ready'] });
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ThiĐua API')
      .setDescription('Phong trào thi đua và khen thưởng của Liên đoàn Lao động tỉnh, thành phố')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
