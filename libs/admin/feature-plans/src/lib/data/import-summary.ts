import { PlanContent, PlanImportField } from '@thidua/shared/contracts';
import { shortDate, signatureAuthority } from './document-format';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

const clip = (text: string | null | undefined, max = 140) => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
};

const list = (t: Translate, key: string, count: number, parts: string[]) => {
  if (!count) return '';
  const head = t(`plans.import.counts.${key}`, { count });
  const detail = clip(parts.filter(Boolean).join('; '), 160);
  return detail ? `${head}: ${detail}` : head;
};

/**
 * One line saying what the importer found for a field, e.g.
 * "2 đợt: 01/01/2024 – 31/07/2024; 01/08/2024 – 31/12/2024"; empty when it found nothing.
 */
export function importFieldSummary(field: PlanImportField, draft: PlanContent, t: Translate): string {
  switch (field) {
    case 'docNo':
      return draft.docNo === null ? '' : String(draft.docNo);
    case 'issuedDate':
      return shortDate(draft.issuedDate);
    case 'docSymbol':
    case 'place':
    case 'title':
    case 'context':
    case 'theme':
    case 'activityTheme':
    case 'contentIntro':
    case 'reportingChannel':
    case 'closing':
    case 'archive':
      return clip(draft[field]);
    case 'bases':
      return list(
        t,
        'bases',
        draft.bases.length,
        draft.bases.map((b) => b.number ?? b.docType ?? clip(b.summary, 40)),
      );
    case 'purposes':
      return list(t, 'items', draft.purposes.length, []);
    case 'contentItems':
      return list(
        t,
        'items',
        draft.contentItems.length,
        draft.contentItems.map((i) => i.number ?? ''),
      );
    case 'movements':
      return list(
        t,
        'movements',
        draft.movements.length,
        draft.movements.map((m) => m.name),
      );
    case 'phases':
      return list(
        t,
        'phases',
        draft.phases.length,
        draft.phases.map((p) => `${shortDate(p.from)} – ${shortDate(p.to)}`),
      );
    case 'duties':
      return list(
        t,
        'levels',
        draft.duties.length,
        draft.duties.map((d) => d.level ?? ''),
      );
    case 'recipients':
      return list(
        t,
        'recipients',
        draft.recipients.length,
        draft.recipients.map((r) => r.name),
      );
    case 'signature': {
      const s = draft.signature;
      return [signatureAuthority(s), s.title, s.name].filter((part) => part?.trim()).join(' — ');
    }
  }
}
