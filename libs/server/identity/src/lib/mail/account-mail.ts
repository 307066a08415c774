/** The notifications-queue job that e-mails a single-use link: an invitation or a password reset. */
export const ACCOUNT_MAIL_JOB = 'account-mail';

export type AccountMailKind = 'invitation' | 'password_reset';

export interface AccountMailJob {
  kind: AccountMailKind;
  /** The user_token row; the job id derives from it, so one token is mailed at most once. */
  tokenId: string;
  tenantId: string | null;
  to: string;
  displayName: string;
  /** The raw token: it exists only in this job and in the mail. */
  token: string;
  expiresAt: string;
  timeZone: string;
  tenantName: string | null;
  roleName?: string;
  inviterName?: string;
}

/** BullMQ refuses ':' in custom ids, hence the dash. */
export function accountMailJobId(tokenId: string): string {
  return `mail-${tokenId}`;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

export function accountMailLink(job: Pick<AccountMailJob, 'kind' | 'token'>, adminUrl: string): string {
  const page = job.kind === 'invitation' ? 'accept-invitation' : 'reset-password';
  return `${adminUrl.replace(/\/+$/, '')}/${page}?token=${encodeURIComponent(job.token)}`;
}

/** Paragraphs of the mail; the one equal to the link becomes a button in HTML. */
function paragraphs(job: AccountMailJob, link: string): { subject: string; lines: string[] } {
  const until = formatTime(job.expiresAt, job.timeZone);
  const where = job.tenantName ? ` của ${job.tenantName}` : '';
  if (job.kind === 'invitation') {
    const inviter = job.inviterName ? `${job.inviterName} đã mời bạn` : 'Bạn được mời';
    const role = job.roleName ? ` với vai trò «${job.roleName}»` : '';
    return {
      subject: `Lời mời tham gia hệ thống ThiĐua${where}`,
      lines: [
        `Xin chào ${job.displayName},`,
        `${inviter} tham gia hệ thống quản lý thi đua – khen thưởng ThiĐua${where}${role}.`,
        `Để kích hoạt tài khoản, hãy mở liên kết dưới đây và đặt mật khẩu. Liên kết chỉ dùng được một lần và hết hạn lúc ${until}.`,
        link,
        'Nếu bạn không chờ đợi lời mời này, hãy bỏ qua thư.',
      ],
    };
  }
  return {
    subject: 'Đặt lại mật khẩu ThiĐua',
    lines: [
      `Xin chào ${job.displayName},`,
      `Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản ${job.to}${where}.`,
      `Hãy mở liên kết dưới đây để đặt mật khẩu mới. Liên kết chỉ dùng được một lần và hết hạn lúc ${until}.`,
      link,
      'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
    ],
  };
}

/** Subject, plain text and simple HTML of a mail, in Vietnamese. */
export function renderAccountMail(job: AccountMailJob, adminUrl: string): RenderedMail {
  const link = accountMailLink(job, adminUrl);
  const { subject, lines } = paragraphs(job, link);
  const signature = 'Trân trọng,\nHệ thống ThiĐua';
  const text = [...lines, signature].join('\n\n') + '\n';
  const body = lines
    .map((line) =>
      line === link
        ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#b71c1c;color:#fff;text-decoration:none;border-radius:4px">${job.kind === 'invitation' ? 'Kích hoạt tài khoản' : 'Đặt mật khẩu mới'}</a></p>\n<p style="font-size:12px;color:#555">Hoặc sao chép liên kết: ${escapeHtml(link)}</p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222">
${body}
<p>Trân trọng,<br>Hệ thống ThiĐua</p>
</body></html>
`;
  return { subject, text, html };
}
