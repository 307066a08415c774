import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PlanContent, PlanContentItem, PlanHeader, PlanPhaseContent } from '@thidua/shared/contracts';
import {
  archiveText,
  basisSentence,
  headerLine,
  numberLine,
  placeDateLine,
  recipientText,
  romanNumeral,
  shortDate,
  signatureAuthority,
  upperVi,
} from '../data/document-format';
import { RichText } from './rich-text';

type SectionKey = 'purposes' | 'content' | 'phases' | 'duties';

/**
 * A plan laid out as the official document (Nghị định 30/2020, domain brief §5): the two-column
 * header, number and place-date line, "KẾ HOẠCH" and the summary, the body in Roman-numbered
 * sections, then "Nơi nhận" and the signature block. A white A4-like page on grey, in a serif type.
 */
@Component({
  selector: 'td-plan-document',
  imports: [RichText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-document.html',
  styleUrl: './plan-document.scss',
})
export class PlanDocument {
  readonly content = input.required<PlanContent>();
  /** The two agency lines at the top left, as the API gives them (superior, then issuer). */
  readonly header = input<PlanHeader | null>(null);
  /** The issuing unit as the body of the plan names it, e.g. "Liên đoàn Lao động tỉnh Khánh Hòa". */
  readonly issuerName = input<string | null>(null);
  /** What a screen reader announces for the page. */
  readonly label = input<string | null>(null);
  /** Shows a "DỰ THẢO" mark (drafts and plans not yet issued). */
  readonly draft = input(false);

  protected readonly date = shortDate;
  protected readonly recipientText = recipientText;
  protected readonly superior = computed(() => headerLine(this.header()?.superior));
  protected readonly issuer = computed(() => headerLine(this.header()?.issuer));
  protected readonly number = computed(() => numberLine(this.content().docNo, this.content().docSymbol));
  protected readonly placeDate = computed(() => {
    const c = this.content();
    return placeDateLine(c.place, c.issuedDate, c.year);
  });
  protected readonly title = computed(() => this.content().title.trim());
  protected readonly bases = computed(() => {
    const sentences = this.content()
      .bases.filter((b) => b.summary.trim() || b.number?.trim())
      .map(basisSentence);
    return sentences.map((s, i) => `${s}${i === sentences.length - 1 ? '.' : ';'}`);
  });
  protected readonly purposes = computed(() => this.content().purposes.filter((p) => p.trim()));
  protected readonly items = computed(() => this.content().contentItems.filter((i) => i.text.trim()));
  protected readonly movements = computed(() => this.content().movements.filter((m) => m.name.trim()));
  protected readonly phases = computed(() => this.content().phases.filter((p) => p.name.trim() || p.from));
  protected readonly duties = computed(() =>
    this.content().duties.filter((d) => d.level?.trim() || d.items.some((i) => i.trim())),
  );
  protected readonly recipients = computed(() => this.content().recipients.filter((r) => r.name.trim()));
  protected readonly archive = computed(() => archiveText(this.content().archive));
  protected readonly authority = computed(() => signatureAuthority(this.content().signature));
  protected readonly signerTitle = computed(() => upperVi(this.content().signature.title.trim()));

  /** `2.1. Thi đua …`: the number opens the item's first paragraph, as on paper. */
  protected itemText(item: PlanContentItem): string {
    const number = item.number?.trim().replace(/\.$/, '');
    return number ? `${number}. ${item.text.trim()}` : item.text;
  }

  /** `từ ngày 01/01/2024 đến ngày 31/07/2024`. */
  protected phaseRange(phase: PlanPhaseContent): string {
    return `Từ ngày ${shortDate(phase.from) || '…'} đến ngày ${shortDate(phase.to) || '…'}`;
  }

  /** What the phase concentrates on, as a sentence. */
  protected phaseFocus(phase: PlanPhaseContent): string {
    const focus = phase.focus.trim().replace(/[.;:]+$/, '');
    return focus ? `${focus}.` : '';
  }

  /** A duty is one dash line of its level, as the documents write them. */
  protected dutyText(item: string): string {
    const text = item.trim();
    return /^[-+•]\s/.test(text) ? text : `- ${text}`;
  }

  /** The closing paragraph often ends with the end mark `./.` already. */
  protected readonly closedByText = computed(() => /\.\/\.\s*$/.test(this.content().closing ?? ''));

  /** Roman numbers of the sections that have something to say, in document order. */
  protected readonly sections = computed(() => {
    const c = this.content();
    const present: Record<SectionKey, boolean> = {
      purposes: this.purposes().length > 0,
      content:
        !!c.theme?.trim() ||
        !!c.activityTheme?.trim() ||
        !!c.contentIntro?.trim() ||
        this.items().length > 0 ||
        this.movements().length > 0,
      phases: this.phases().length > 0,
      duties: this.duties().length > 0 || !!c.reportingChannel?.trim(),
    };
    const numbers: Partial<Record<SectionKey, string>> = {};
    let n = 0;
    for (const key of ['purposes', 'content', 'phases', 'duties'] as const) {
      if (present[key]) numbers[key] = romanNumeral(++n);
    }
    return numbers;
  });
}
