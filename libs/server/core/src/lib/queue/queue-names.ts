/**
 * Every BullMQ queue of the platform. The names are stored in Redis with waiting jobs:
 * never rename one, add a new queue instead.
 */
export enum QueueName {
  System = 'system',
  /** E-mails (and later in-app notifications); jobs use deterministic ids so a retry never sends twice. */
  Notifications = 'notifications',
  /** Organisation-tree imports from XLSX/CSV; the job id is the import id. */
  OrgImport = 'org-import',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
