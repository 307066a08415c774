import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { parseRichText } from '../data/rich-text';

/** Plan rich text (paragraphs, `- ` lists, bold, italic) in the document's type. */
@Component({
  selector: 'td-rich-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // One line per paragraph on purpose: whitespace between the segments would show as a space
  // before the punctuation that follows bold or italic words ("tạo ." instead of "tạo.").
  template: `
    @for (block of blocks(); track $index) {
      <p [class.li]="block.kind === 'li'">
        {{ block.kind === 'li' ? '- ' : '' }}
        @for (s of block.segments; track $index) {
          @if (s.bold) {
            <strong>{{ s.text }}</strong>
          } @else if (s.italic) {
            <em>{{ s.text }}</em>
          } @else {
            <ng-container>{{ s.text }}</ng-container>
          }
        }
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 0 0 0.4em;
      text-indent: 2.2em;
      text-align: justify;
    }
  `,
})
export class RichText {
  readonly text = input<string | null>(null);
  protected readonly blocks = computed(() => parseRichText(this.text()));
}
