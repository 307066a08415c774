import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { waitFor } from '@thidua/server/testing';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startApi, startWorker } from './api-harness';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

const decodeQuotedPrintable = (text: string) =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

const decodeBody = (body: string, encoding: string) =>
  /base64/i.test(encoding)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : /quoted-printable/i.test(encoding)
      ? decodeQuotedPrintable(body)
      : body;

/** RFC 2047 encoded words, as nodemailer writes a Vietnamese subject. */
const decodeWords = (text: string) =>
  text
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );

function split(raw: string): { headers: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  return {
    headers: raw.slice(0, at).replace(/\r?\n[ \t]+/g, ' '),
    body: raw.slice(at).replace(/^\r?\n\r?\n/, ''),
  };
}

const header = (headers: string, name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1] ?? '';

/** Just enough MIME to read what nodemailer sends: one text/plain and one text/html part. */
export function parseMail(raw: string, to: string[]): CaughtMail {
  const { headers, body } = split(raw);
  const mail: CaughtMail = { to, subject: decodeWords(header(headers, 'Subject')), text: '', html: '' };
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const part of parts) {
    const { headers: h, body: b } = split(part.replace(/^\r?\n/, ''));
    const decoded = decodeBody(b.replace(/\r?\n$/, ''), header(h, 'Content-Transfer-Encoding'));
    if (/text\/plain/i.test(header(h, 'Content-Type'))) mail.text = decoded;
    if (/text\/html/i.test(header(h, 'Content-Type'))) mail.html = decoded;
  }
  return mail;
}

/** A real SMTP server in the test process: the worker sends to it through SMTP_URL. */
export class MailCatcher {
  readonly mails: CaughtMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.mails.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });

  /** Starts listening and returns the SMTP_URL to give the worker. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): CaughtMail[] {
    return this.mails.filter((m) => m.to.includes(address));
  }

  /** The first mail to `address`, once it arrived. */
  async waitFor(address: string): Promise<CaughtMail> {
    const { value } = await waitFor(
      async () => this.to(address)[0],
      (mail) => mail !== undefined,
      { what: `a mail to ${address}` },
    );
    return value;
  }
}

/** The link in a mail's text, and the token it carries. */
export function linkIn(mail: CaughtMail): { url: URL; token: string } {
  const match = /https?:\/\/\S+\?token=[\w-]+/.exec(mail.text);
  if (!match) throw new Error(`no link in mail "${mail.subject}"`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get('token') ?? '' };
}

/** API and worker of this test file, the worker sending mail to an in-process SMTP server. */
export async function startWithMail(): Promise<{
  api: INestApplication;
  worker: INestApplicationContext;
  mail: MailCatcher;
  stop: () => Promise<void>;
}> {
  const mail = new MailCatcher();
  const saved = process.env['SMTP_URL'];
  process.env['SMTP_URL'] = await mail.start();
  const api = await startApi();
  const worker = await startWorker();
  return {
    api,
    worker,
    mail,
    stop: async () => {
      await worker.close();
      await api.close();
      await mail.stop();
      if (saved === undefined) delete process.env['SMTP_URL'];
      else process.env['SMTP_URL'] = saved;
    },
  };
}
