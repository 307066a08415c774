import { cleanText, foldVietnamese } from './vietnamese';

describe('foldVietnamese', () => {
  it('removes tones and vowel marks and turns đ into d', () => {
    expect(foldVietnamese('Công đoàn cơ sở Trường THPT Lê Quý Đôn')).toBe(
      'cong doan co so truong thpt le quy don',
    );
    expect(foldVietnamese('Khánh Hòa')).toBe(foldVietnamese('Khánh Hoà'));
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Nam Định'.normalize('NFD'))).toBe('nam dinh');
  });

  it('collapses white space', () => {
    expect(foldVietnamese('  Hà   Nội ')).toBe('ha noi');
  });
});

describe('cleanText', () => {
  it('normalises to NFC and collapses spaces', () => {
    const cleaned = cleanText(' Liên  đoàn '.normalize('NFD'));
    expect(cleaned).toBe('Liên đoàn');
    expect(cleaned).toBe(cleaned.normalize('NFC'));
  });
});
