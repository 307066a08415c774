import { PlanContentItem } from '@thidua/shared/contracts';
import { foldSameLength } from './fold';
import { Paragraph } from './normalise';
import { unquote } from './quotes';
import { isSubHeading, numbered } from './sections';
import { findThemes, Themes } from './themes';

export interface ContentResult extends Themes {
  contentIntro: string | null;
  contentItems: PlanContentItem[];
  consumed: Set<number>;
}

interface ContentState extends ContentResult {
  intro: string[];
  /** The next paragraph holds the theme (after a "Chủ đề thi đua" sub-heading). */
  expect: 'theme' | 'activityTheme' | null;
}

const isLettered = (text: string) => /^[a-zđ]\)\s/.test(text);

function takeThemes(state: ContentState, text: string): boolean {
  const themes = findThemes(text);
  state.theme ??= themes.theme;
  state.activityTheme ??= themes.activityTheme;
  return themes.theme !== null || themes.activityTheme !== null;
}

/** "1. Chủ đề thi đua năm 2024" (theme below) or "Chủ đề …: “…”" (theme in the line). */
function readThemeLine(state: ContentState, text: string): void {
  if (takeThemes(state, text)) return;
  const activity = /\bhoat dong\b/.test(foldSameLength(text).toLowerCase());
  const colon = text.indexOf(':');
  if (colon >= 0 && text.slice(colon + 1).trim()) {
    const value = unquote(text.slice(colon + 1));
    if (activity) state.activityTheme ??= value;
    else state.theme ??= value;
  } else state.expect = activity ? 'activityTheme' : 'theme';
}

function appendToLastItem(state: ContentState, p: Paragraph): void {
  const last = state.contentItems[state.contentItems.length - 1];
  last.text += p.bullet || isLettered(p.text) ? `\n- ${p.text}` : `\n\n${p.text}`;
}

function readUnnumbered(state: ContentState, p: Paragraph): void {
  if (state.contentItems.length) appendToLastItem(state, p);
  else if (p.bullet) state.contentItems.push({ number: null, text: p.text });
  else if (!takeThemes(state, p.text) && isQuoteOnly(p.text) && state.theme === null)
    state.theme = unquote(p.text);
  else state.intro.push(p.text);
}

const isQuoteOnly = (text: string) => /^[“"][^“”"]*[”"]\.?$/.test(text);

function readParagraph(state: ContentState, p: Paragraph): void {
  const { number, text } = numbered(p.text);
  const folded = foldSameLength(text).toLowerCase();
  const expect = state.expect;
  state.expect = null;
  if (expect && !number && /^[“"]/.test(text)) {
    if (!takeThemes(state, text)) state[expect] ??= unquote(text.replace(/\.$/, ''));
  } else if (number && /^chu de\b/.test(folded)) {
    readThemeLine(state, text);
  } else if (number && isSubHeading(text) && /^(cac )?(noi dung|chi tieu)\b/.test(folded)) {
    // A sub-heading such as "2. Nội dung thi đua": the items follow.
  } else if (number) {
    state.contentItems.push({ number, text });
  } else {
    readUnnumbered(state, p);
  }
}

/**
 * "II. NỘI DUNG THI ĐUA": the theme(s), the paragraph introducing the items and the numbered items
 * (sub-items and unnumbered paragraphs stay with the item above them).
 */
export function readContent(paragraphs: Paragraph[], indexes: number[], themeFirst: boolean): ContentResult {
  const state: ContentState = {
    theme: null,
    activityTheme: null,
    contentIntro: null,
    contentItems: [],
    consumed: new Set(indexes),
    intro: [],
    expect: themeFirst ? 'theme' : null,
  };
  for (const index of indexes) readParagraph(state, paragraphs[index]);
  const { theme, activityTheme, contentItems, consumed } = state;
  return { theme, activityTheme, contentItems, consumed, contentIntro: state.intro.join('\n\n') || null };
}
