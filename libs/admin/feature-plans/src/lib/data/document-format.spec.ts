import {
  archiveText,
  basisSentence,
  numberLine,
  placeDateLine,
  recipientText,
  romanNumeral,
  signatureAuthority,
} from './document-format';

describe('document format (Nghị định 30/2020)', () => {
  it('writes the number line, leaving the number open before issue', () => {
    expect(numberLine(22, 'KH-LĐ')).toBe('Số: 22/KH-LĐ');
    expect(numberLine(null, 'KH-LĐ')).toBe('Số: …/KH-LĐ');
  });

  it('writes the place and date with leading zeros for days 1–9 and months 1–2', () => {
    expect(placeDateLine('Khánh Hòa', '2024-01-26', 2024)).toBe('Khánh Hòa, ngày 26 tháng 01 năm 2024');
    expect(placeDateLine('Nam Định', '2023-02-17', 2023)).toBe('Nam Định, ngày 17 tháng 02 năm 2023');
    expect(placeDateLine('Nam Định', '2023-11-05', 2023)).toBe('Nam Định, ngày 05 tháng 11 năm 2023');
    expect(placeDateLine('Nam Định', '2023-07-05', 2023)).toBe('Nam Định, ngày 05 tháng 7 năm 2023');
    expect(placeDateLine('Khánh Hòa', null, 2025)).toBe('Khánh Hòa, ngày … tháng … năm 2025');
  });

  it('cites a basis the first time with type, number, date, issuer and summary', () => {
    expect(
      basisSentence({
        docType: 'Kế hoạch',
        number: '09/KH-TLĐ',
        date: '2023-12-27',
        issuer: 'Tổng Liên đoàn Lao động Việt Nam',
        summary: 'tổ chức phong trào thi đua năm 2024',
      }),
    ).toBe(
      'Căn cứ Kế hoạch số 09/KH-TLĐ ngày 27/12/2023 của Tổng Liên đoàn Lao động Việt Nam về tổ chức phong trào thi đua năm 2024',
    );
    expect(
      basisSentence({
        docType: null,
        number: null,
        date: null,
        issuer: null,
        summary: 'Chỉ đạo của Đoàn Chủ tịch',
      }),
    ).toBe('Căn cứ Chỉ đạo của Đoàn Chủ tịch');
  });

  it('marks recipients and closes the list with the archive line', () => {
    expect(recipientText({ name: 'Tổng Liên đoàn', purpose: 'report' })).toBe('- Tổng Liên đoàn (b/c);');
    expect(recipientText({ name: 'Các CĐCS trực thuộc', purpose: null })).toBe('- Các CĐCS trực thuộc;');
    expect(archiveText('Lưu: VP, ban CSPL&QHLĐ')).toBe('- Lưu: VP, ban CSPL&QHLĐ.');
    expect(archiveText('VT')).toBe('- Lưu: VT.');
    expect(archiveText('  ')).toBeNull();
  });

  it('writes the signing authority', () => {
    const base = { title: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', name: 'Bùi Đăng Thành' };
    expect(signatureAuthority({ ...base, mode: 'TM', body: 'Ban Thường vụ' })).toBe('TM. BAN THƯỜNG VỤ');
    expect(signatureAuthority({ ...base, mode: null, body: null })).toBeNull();
  });

  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX']);
  });
});
