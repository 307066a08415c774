import { accountMailJobId, AccountMailJob, renderAccountMail } from './account-mail';

const invitation: AccountMailJob = {
  kind: 'invitation',
  tokenId: '0195f3a0-7c4e-7abc-8def-0123456789ab',
  tenantId: 't1',
  to: 'an@khanhhoa.vn',
  displayName: 'Nguyễn Văn <An>',
  token: 'abc_DEF-123',
  expiresAt: '2026-11-29T07:30:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  tenantName: 'LĐLĐ tỉnh Khánh Hòa',
  roleName: 'Cán bộ thi đua',
  inviterName: 'Trần Thị Bình',
};

describe('account mails', () => {
  it('invites in Vietnamese with the single-use link and its expiry in the tenant time zone', () => {
    const mail = renderAccountMail(invitation, 'https://thidua.vn/');
    expect(mail.subject).toBe('Lời mời tham gia hệ thống ThiĐua của LĐLĐ tỉnh Khánh Hòa');
    expect(mail.text).toContain('Trần Thị Bình đã mời bạn');
    expect(mail.text).toContain('với vai trò «Cán bộ thi đua»');
    expect(mail.text).toContain('https://thidua.vn/accept-invitation?token=abc_DEF-123');
    expect(mail.text).toContain('hết hạn lúc 14:30 29/11/2026');
    expect(mail.html).toContain('href="https://thidua.vn/accept-invitation?token=abc_DEF-123"');
  });

  it('escapes names in the HTML part', () => {
    const mail = renderAccountMail(invitation, 'https://thidua.vn');
    expect(mail.html).toContain('Nguyễn Văn &lt;An&gt;');
    expect(mail.html).not.toContain('<An>');
  });

  it('sends password resets to the reset page', () => {
    const mail = renderAccountMail({ ...invitation, kind: 'password_reset' }, 'http://localhost:4200');
    expect(mail.subject).toBe('Đặt lại mật khẩu ThiĐua');
    expect(mail.text).toContain('http://localhost:4200/reset-password?token=abc_DEF-123');
    expect(mail.text).toContain('mật khẩu hiện tại vẫn giữ nguyên');
  });

  it('derives a job id BullMQ accepts from the token row', () => {
    expect(accountMailJobId(invitation.tokenId)).toBe('mail-0195f3a0-7c4e-7abc-8def-0123456789ab');
  });
});
