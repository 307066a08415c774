import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, runMain } from '@thidua/server/core';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { configureApi } from './configure-api';

runMain('api', async () => {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApi(app);
  const { API_PORT } = app.get(AppConfig);
  await app.listen(API_PORT);
  app.get(Logger).log(`API listening on http://localhost:${API_PORT} (OpenAPI: /api/docs)`);
});
