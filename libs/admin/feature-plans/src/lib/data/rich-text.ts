/**
 * The Markdown subset plan content uses (paragraphs, `**bold**`, `*italic*`, `- ` lists), parsed
 * into blocks the preview renders with plain bindings: no HTML is ever built from user text.
 */
export interface RichSegment {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface RichBlock {
  kind: 'p' | 'li';
  segments: RichSegment[];
}

export function parseInline(text: string): RichSegment[] {
  const segments: RichSegment[] = [];
  const pattern = /(\*\*([^*]+)\*\*|\*([^*]+)\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ text: text.slice(last, index), bold: false, italic: false });
    if (match[2] !== undefined) segments.push({ text: match[2], bold: true, italic: false });
    else segments.push({ text: match[3] ?? '', bold: false, italic: true });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), bold: false, italic: false });
  return segments;
}

export function parseRichText(text: string | null | undefined): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', segments: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
    } else if (/^[-+•]\s+/.test(line)) {
      flush();
      blocks.push({ kind: 'li', segments: parseInline(line.replace(/^[-+•]\s+/, '')) });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
