/** A quoted passage: offsets of the opening and closing marks and the text between them. */
export interface Quote {
  open: number;
  close: number;
  inner: string;
}

/** Quoted passages in “…” or "…", in order; a stray closing mark is ignored. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open === null && (ch === '“' || ch === '"')) open = { at: i, mark: ch };
    else if (open && ((open.mark === '“' && ch === '”') || (open.mark === '"' && ch === '"'))) {
      quotes.push({ open: open.at, close: i, inner: text.slice(open.at + 1, i).trim() });
      open = null;
    }
  }
  return quotes;
}

/** Removes surrounding quotation marks and the spaces inside them: “ Tập trung …” → Tập trung …. */
export function unquote(text: string): string {
  const quotes = findQuotes(text.trim());
  if (quotes.length === 1 && quotes[0].open === 0 && quotes[0].close === text.trim().length - 1) {
    return quotes[0].inner;
  }
  return text
    .trim()
    .replace(/^[“"]\s*/, '')
    .replace(/\s*[”"]$/, '');
}
