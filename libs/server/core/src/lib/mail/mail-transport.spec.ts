import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAppConfig } from '../config/app-config';
import { MailTransport } from './mail-transport';

describe('MailTransport without SMTP_URL', () => {
  it('writes each mail as an .eml file in STORAGE_DIR/outbox instead of sending it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-mail-'));
    const transport = new MailTransport(validateAppConfig({ STORAGE_DIR: dir }));
    try {
      await transport.send({
        to: 'an@khanhhoa.vn',
        subject: 'Lời mời tham gia',
        text: 'Xin chào',
        html: '<p>Xin chào</p>',
        key: 'mail-0195f3a0',
      });
      expect(await readdir(join(dir, 'outbox'))).toEqual(['mail-0195f3a0.eml']);
      const eml = await readFile(join(dir, 'outbox', 'mail-0195f3a0.eml'), 'utf8');
      expect(eml).toMatch(/^To: an@khanhhoa\.vn$/m);
      expect(eml).toMatch(/^Message-ID: <mail-0195f3a0@thidua\.local>$/m);
      expect(eml).toMatch(/^From: =\?UTF-8\?/m);
    } finally {
      transport.onModuleDestroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
