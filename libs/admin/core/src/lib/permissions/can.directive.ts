import { Directive, effect, inject, input, TemplateRef, ViewContainerRef } from '@angular/core';
import { Action } from '@thidua/shared/permissions';
import { AbilityService, AbilitySubject } from './ability.service';

/**
 * Renders its template only when the user may do `action` on `subject`, and follows the session:
 * `<button *tdCan="'create'; subject: 'OrgUnit'">…</button>`.
 */
@Directive({ selector: '[tdCan]' })
export class CanDirective {
  private readonly ability = inject(AbilityService);
  private readonly template = inject(TemplateRef<unknown>);
  private readonly container = inject(ViewContainerRef);
  private shown = false;

  readonly tdCan = input.required<Action>();
  readonly tdCanSubject = input.required<AbilitySubject>();

  constructor() {
    effect(() => {
      const allowed = this.ability.can(this.tdCan(), this.tdCanSubject());
      if (allowed && !this.shown) this.container.createEmbeddedView(this.template);
      if (!allowed && this.shown) this.container.clear();
      this.shown = allowed;
    });
  }
}
