import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { BrandMark, LanguageSwitch } from '@thidua/admin/ui';

/** The public pages' frame: the brand panel on wide screens, the language switch, and a card. */
@Component({
  selector: 'td-auth-layout',
  imports: [TranslocoDirective, BrandMark, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './auth-layout.html',
  styleUrl: './auth-layout.scss',
})
export class AuthLayout {
  protected readonly language = inject(LanguageService);
}
