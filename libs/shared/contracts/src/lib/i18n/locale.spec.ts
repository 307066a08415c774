import { interpolate, pickLocale } from './locale';

describe('pickLocale', () => {
  it('defaults to Vietnamese when the header is missing or names no supported language', () => {
    expect(pickLocale(undefined)).toBe('vi');
    expect(pickLocale('fr-FR,de;q=0.8')).toBe('vi');
  });

  it('honours q-weights and region subtags', () => {
    expect(pickLocale('en-US,en;q=0.9,vi;q=0.8')).toBe('en');
    expect(pickLocale('fr;q=1, vi-VN;q=0.9, en;q=0.5')).toBe('vi');
    expect(pickLocale('vi;q=0.2, en;q=0.7')).toBe('en');
  });

  it('ignores languages refused with q=0', () => {
    expect(pickLocale('en;q=0, vi;q=0.1')).toBe('vi');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
});
