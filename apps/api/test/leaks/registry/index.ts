import { auditRoutes } from './audit';
import { authRoutes } from './auth';
import { campaignRoutes } from './campaigns';
import { orgRoutes } from './org';
import { participationRoutes } from './participation';
import { roleRoutes } from './roles';
import { scoringRoutes } from './scoring';
import { systemRoutes } from './system';
import { tenantRoutes } from './tenants';
import { LeakEntry } from './types';
import { userRoutes } from './users';

export * from './types';

/**
 * Every route of the OpenAPI document, by `'METHOD /path/{param}'`, and how the leak suite covers
 * it. To add a route: put an entry in its context's file (or a new file listed here).
 */
const CONTEXTS: Record<string, Record<string, LeakEntry>> = {
  system: systemRoutes,
  auth: authRoutes,
  tenants: tenantRoutes,
  org: orgRoutes,
  users: userRoutes,
  roles: roleRoutes,
  audit: auditRoutes,
  campaigns: campaignRoutes,
  participation: participationRoutes,
  scoring: scoringRoutes,
};

function merge(): Map<string, LeakEntry> {
  const registry = new Map<string, LeakEntry>();
  const owner = new Map<string, string>();
  for (const [context, routes] of Object.entries(CONTEXTS)) {
    for (const [key, entry] of Object.entries(routes)) {
      if (!/^(GET|POST|PUT|PATCH|DELETE) \/\S*$/.test(key)) {
        throw new Error(`leak registry (${context}): "${key}" is not "METHOD /path/{param}"`);
      }
      if (owner.has(key)) {
        throw new Error(`leak registry: "${key}" is listed by both ${owner.get(key)} and ${context}`);
      }
      owner.set(key, context);
      registry.set(key, entry);
    }
  }
  return registry;
}

export const LEAK_REGISTRY: ReadonlyMap<string, LeakEntry> = merge();
