import { computed, inject, Injectable } from '@angular/core';
import { ForcedSubject, subject as tagSubject } from '@casl/ability';
import { Action, AppAbility, buildAbility, Subject, unpackAbilityRules } from '@thidua/shared/permissions';
import { AuthService } from '../auth/auth.service';

/** A subject type, or one record tagged with its type (to check conditions such as "in my subtree"). */
export type TaggedSubject = ForcedSubject<Exclude<Subject, 'all'>> & Record<string, unknown>;
export type AbilitySubject = Subject | TaggedSubject;

/** Tags a record with its subject type, e.g. `subjectOf('OrgUnit', { unitPath: unit.path })`. */
export function subjectOf(type: Exclude<Subject, 'all'>, record: Record<string, unknown>): TaggedSubject {
  return tagSubject(type, { ...record });
}

/**
 * What the signed-in user may do, from the packed CASL rules of the session. `can()` reads the
 * session signal, so templates and computed signals that call it follow sign-in, sign-out and
 * impersonation without further wiring.
 */
@Injectable({ providedIn: 'root' })
export class AbilityService {
  private readonly auth = inject(AuthService);

  readonly ability = computed<AppAbility>(() => {
    const packed = this.auth.session()?.rules ?? [];
    try {
      return buildAbility(unpackAbilityRules(packed as unknown[][]));
    } catch {
      return buildAbility([]); // rules we cannot read grant nothing
    }
  });

  can(action: Action, subject: AbilitySubject): boolean {
    return this.ability().can(action, subject);
  }

  cannot(action: Action, subject: AbilitySubject): boolean {
    return !this.can(action, subject);
  }
}
