/**
 * Folds Vietnamese text for accent-insensitive search: "Công đoàn Hà Nội" → "cong doan ha noi".
 * Input is NFC-normalised first, so text pasted in decomposed form folds the same way.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** NFC-normalises and trims text a person typed, collapsing runs of white space. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
