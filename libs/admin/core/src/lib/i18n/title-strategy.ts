import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, of, switchMap } from 'rxjs';

export const PRODUCT_NAME = 'ThiĐua';

/**
 * Route `title`s are translation keys; the document title is "<translated title> · ThiĐua" and
 * follows language switches.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly key$ = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    combineLatest([this.key$, this.transloco.langChanges$])
      .pipe(switchMap(([key]) => (key ? this.transloco.selectTranslate<string>(key) : of(null))))
      .subscribe((text) => this.title.setTitle(text ? `${text} · ${PRODUCT_NAME}` : PRODUCT_NAME));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key$.next(this.buildTitle(snapshot));
  }
}
