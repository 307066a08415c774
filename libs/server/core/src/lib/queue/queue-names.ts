/**
 * Every BullMQ queue of the platform. The names are stored in Redis with waiting jobs:
 * never rename one, add a new queue instead.
 */
export enum QueueName {
  System = 'system',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
