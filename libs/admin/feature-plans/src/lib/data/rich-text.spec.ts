import { parseRichText } from './rich-text';

describe('parseRichText', () => {
  it('reads paragraphs, dash lists and bold or italic words', () => {
    expect(parseRichText('Đẩy mạnh **phong trào** thi đua\nyêu nước.\n\n- một *ý*\n- hai')).toEqual([
      {
        kind: 'p',
        segments: [
          { text: 'Đẩy mạnh ', bold: false, italic: false },
          { text: 'phong trào', bold: true, italic: false },
          { text: ' thi đua yêu nước.', bold: false, italic: false },
        ],
      },
      {
        kind: 'li',
        segments: [
          { text: 'một ', bold: false, italic: false },
          { text: 'ý', bold: false, italic: true },
        ],
      },
      { kind: 'li', segments: [{ text: 'hai', bold: false, italic: false }] },
    ]);
    expect(parseRichText('<script>alert(1)</script>')[0].segments[0].text).toBe('<script>alert(1)</script>');
  });
});
