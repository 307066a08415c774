/**
 * Names of the people in audit entries. The audit log stores ids only; identity, which owns the
 * users, provides this (see AuditApiModule.withActorDirectory).
 */
export interface AuditActorDirectory {
  /** Display names by user id; unknown ids are absent. Platform operators are included. */
  namesOf(userIds: readonly string[]): Promise<Map<string, string>>;
}

export const AUDIT_ACTOR_DIRECTORY = 'AUDIT_ACTOR_DIRECTORY';
