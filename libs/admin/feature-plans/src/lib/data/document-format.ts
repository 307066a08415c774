import { PlanBasis, PlanRecipientLine, PlanSignature, RecipientPurpose } from '@thidua/shared/contracts';

/**
 * How an emulation plan is written on paper (Nghị định 30/2020/NĐ-CP, domain brief §5): the
 * number line, the place-and-date line, the bases, the recipients and the signature block.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Upper case as Vietnamese writes it (header lines, section titles). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** `Số: 22/KH-LĐ`; before issue the number is left open: `Số: …/KH-LĐ`. */
export function numberLine(docNo: number | null, docSymbol: string): string {
  return `Số: ${docNo ?? '…'}/${docSymbol.trim() || '…'}`;
}

/**
 * `Khánh Hòa, ngày 26 tháng 01 năm 2024`: days 1–9 and months 1–2 with a leading zero, as Nghị
 * định 30 wants. Without a date (not issued yet) the day and month stay open.
 */
export function placeDateLine(place: string, issuedDate: string | null, year: number | null): string {
  const where = place.trim() || '…';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(issuedDate ?? '');
  if (!match) return `${where}, ngày … tháng … năm ${year ?? '…'}`;
  const [, y, m, d] = match;
  const month = Number(m) <= 2 ? pad(Number(m)) : String(Number(m));
  return `${where}, ngày ${pad(Number(d))} tháng ${month} năm ${y}`;
}

/** DD/MM/YYYY (the way the body of a plan writes dates); empty for nothing. */
export function shortDate(value: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (value ?? '');
}

export function romanNumeral(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** `Căn cứ Kế hoạch số 09/KH-TLĐ ngày 27/12/2023 của Tổng Liên đoàn Lao động Việt Nam về …;` */
export function basisSentence(basis: PlanBasis): string {
  const parts = ['Căn cứ'];
  if (basis.docType?.trim()) parts.push(basis.docType.trim());
  if (basis.number?.trim()) parts.push(`số ${basis.number.trim()}`);
  if (basis.date) parts.push(`ngày ${shortDate(basis.date)}`);
  if (basis.issuer?.trim()) parts.push(`của ${basis.issuer.trim()}`);
  const summary = basis.summary.trim();
  if (summary) parts.push(parts.length > 1 ? `về ${summary}` : summary);
  return parts.join(' ');
}

export const PURPOSE_MARKS: Record<RecipientPurpose, string> = { report: '(b/c)', execute: '(t/h)' };

/** `- Tổng Liên đoàn (b/c);` */
export function recipientText(line: PlanRecipientLine): string {
  const mark = line.purpose ? ` ${PURPOSE_MARKS[line.purpose]}` : '';
  return `- ${line.name.trim()}${mark};`;
}

/** `- Lưu: VT.` (the archive line closes the list with a full stop). */
export function archiveText(archive: string | null): string | null {
  const text = archive?.trim().replace(/[.;]+$/, '');
  if (!text) return null;
  return `- ${/^lưu\b/i.test(text) ? text : `Lưu: ${text}`}.`;
}

/** The first line of the signature block: `TM. BAN THƯỜNG VỤ`, `KT. CHỦ TỊCH`, or just the body. */
export function signatureAuthority(signature: PlanSignature): string | null {
  const body = signature.body?.trim() ? upperVi(signature.body.trim()) : '';
  if (signature.mode) return body ? `${signature.mode}. ${body}` : `${signature.mode}.`;
  return body || null;
}

/** A header line for the issuing body from a unit or tenant name. */
export function headerLine(name: string | null | undefined): string {
  return name?.trim() ? upperVi(name.trim()) : '';
}
