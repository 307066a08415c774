// Serves the production build of the admin and forwards API paths, as nginx does in deploy/.
// Usage: node apps/admin-e2e/serve-admin.mjs <port> <apiPort>
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { join } from 'node:path';

const [port = '4310', apiPort = '3310'] = process.argv.slice(2);
const root = join(process.cwd(), 'dist/apps/admin/browser');
const app = express();
app.use(
  createProxyMiddleware({
    target: `http://localhost:${apiPort}`,
    pathFilter: ['/api', '/health', '/ready'],
  }),
);
app.use(express.static(root, { index: 'index.html' }));
app.use((_req, res) => res.sendFile(join(root, 'index.html')));
app.listen(Number(port), () => process.stdout.write(`admin on http://localhost:${port}\n`));
