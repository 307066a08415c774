import { evidenceType } from './evidence-type';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n', 'latin1');
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

describe('evidence file type, by content', () => {
  it('accepts PDF, PNG and JPEG whatever they are called', () => {
    expect(evidenceType(pdf)).toBe('application/pdf');
    expect(evidenceType(png)).toBe('image/png');
    expect(evidenceType(jpg)).toBe('image/jpeg');
  });

  it('accepts a Word document, a zip holding word/', () => {
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....word/document.xml', 'latin1'),
    ]);
    expect(evidenceType(docx)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses an executable, plain text and an ordinary zip', () => {
    expect(() => evidenceType(Buffer.from('MZ\x90\x00\x03', 'latin1'))).toThrow(
      expect.objectContaining({ code: 'evidence_type' }),
    );
    expect(() => evidenceType(Buffer.from('chỉ là văn bản'))).toThrow(
      expect.objectContaining({ code: 'evidence_type' }),
    );
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('photo.exe', 'latin1')]);
    expect(() => evidenceType(zip)).toThrow(expect.objectContaining({ code: 'evidence_type' }));
  });

  it('refuses a file over 10 MB with 413', () => {
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expect(() => evidenceType(big)).toThrow(expect.objectContaining({ code: 'evidence_too_large' }));
  });
});
