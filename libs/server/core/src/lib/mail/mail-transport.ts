import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable id of this mail (e.g. the job id): the Message-ID and the outbox file name derive from it. */
  key: string;
}

/**
 * Sends mail through SMTP_URL. Without SMTP_URL (development) each mail is written as an .eml
 * file under STORAGE_DIR/outbox instead, and logged, so nothing leaves the machine by accident.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly outbox: string | null;

  constructor(private readonly config: AppConfig) {
    this.outbox = config.SMTP_URL ? null : resolve(config.STORAGE_DIR, 'outbox');
    this.transporter = config.SMTP_URL
      ? createTransport(config.SMTP_URL)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const safeKey = mail.key.replace(/[^A-Za-z0-9._-]/g, '_');
    const info = await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${safeKey}@thidua.local>`,
    });
    if (!this.outbox) {
      this.logger.log({ key: mail.key, messageId: info.messageId }, 'Mail sent');
      return;
    }
    const file = join(this.outbox, `${safeKey}.eml`);
    await mkdir(this.outbox, { recursive: true });
    await writeFile(file, (info as { message: Buffer }).message);
    this.logger.log({ key: mail.key, file }, 'SMTP_URL is not set: mail written to the outbox');
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
