import { PlanRecipientLine, PlanSignature } from '@thidua/shared/contracts';
import { foldSameLength } from './fold';
import { Paragraph } from './normalise';
import { afterRecipientsHeading, isRecipientLine, isRecipientsHeading, readRecipient } from './recipients';
import { emptySignature, isModeLine, readSignatureLine } from './signature';

const isClosing = (text: string) => /^Tren day\b/i.test(foldSameLength(text));

/** Where the closing part starts: "Trên đây là …", "Nơi nhận:" or a signing line ("TM. BAN THƯỜNG VỤ"). */
export function trailerStart(paragraphs: Paragraph[], from: number): number | null {
  for (let index = from; index < paragraphs.length; index++) {
    const text = paragraphs[index].text;
    if (isClosing(text) || isRecipientsHeading(text) || isModeLine(text)) return index;
  }
  return null;
}

export interface TrailerResult {
  closing: string | null;
  recipients: PlanRecipientLine[];
  archive: string | null;
  signature: PlanSignature;
  signatureFound: boolean;
  consumed: Set<number>;
}

interface TrailerState extends TrailerResult {
  mode: 'closing' | 'recipients' | 'signature';
  closingParts: string[];
  signing: ReturnType<typeof emptySignature>;
}

function addRecipient(state: TrailerState, text: string): void {
  const entry = readRecipient(text);
  if ('archive' in entry) {
    state.archive = entry.archive;
    state.mode = 'signature';
  } else if (entry.line.name) state.recipients.push(entry.line);
}

function readTrailerParagraph(state: TrailerState, p: Paragraph): boolean {
  if (isClosing(p.text) && !state.closingParts.length) {
    state.closingParts.push(p.text);
    state.mode = 'closing';
  } else if (isRecipientsHeading(p.text)) {
    state.mode = 'recipients';
    const rest = afterRecipientsHeading(p.text);
    if (rest) addRecipient(state, rest);
  } else if (state.mode === 'recipients' && isRecipientLine(p)) {
    addRecipient(state, p.text);
  } else if (readSignatureLine(state.signing, p.text)) {
    state.mode = state.mode === 'recipients' ? 'signature' : state.mode;
  } else if (state.mode === 'closing' && state.closingParts.length && !state.signing.found) {
    state.closingParts.push(p.text);
  } else {
    return false;
  }
  return true;
}

/** The closing paragraph, "Nơi nhận" (lines and archive) and the signature, in whatever order they come. */
export function readTrailer(paragraphs: Paragraph[], start: number, end: number): TrailerResult {
  const state: TrailerState = {
    closing: null,
    recipients: [],
    archive: null,
    signature: emptySignature(),
    signatureFound: false,
    consumed: new Set(),
    mode: 'closing',
    closingParts: [],
    signing: emptySignature(),
  };
  for (let index = start; index < end; index++) {
    if (readTrailerParagraph(state, paragraphs[index])) state.consumed.add(index);
  }
  const { found, ...signature } = state.signing;
  return {
    closing: state.closingParts.join('\n\n') || null,
    recipients: state.recipients,
    archive: state.archive,
    signature,
    signatureFound: found,
    consumed: state.consumed,
  };
}

/**
 * Where units send their reports: "(qua Ban Chính sách pháp luật&QHLD)", "qua Văn phòng …", or the body
 * named after "báo cáo … về" ("báo cáo kết quả … về LĐLĐ tỉnh để …").
 */
export function findReportingChannel(texts: ReadonlyArray<string | null>): string | null {
  const patterns = [
    /\bbao cao\b[^.;]*?\(\s*qua\s+([^)]+?)\s*\)/di,
    /\bbao cao\b[^.;]*?\s+qua\s+((?:Ban|Van phong)\b[^,.;()]*)/di,
    /\bbao cao\b[^.;]*?\s+ve\s+(.+?)(?=\s+(?:de|theo|truoc|trong|qua|dinh ky)\s|\s*[,.;(]|$)/di,
  ];
  for (const pattern of patterns) {
    for (const text of texts) {
      if (!text) continue;
      const m = pattern.exec(foldSameLength(text));
      const span = m?.indices?.[1];
      if (span) return text.slice(span[0], span[1]).trim() || null;
    }
  }
  return null;
}
