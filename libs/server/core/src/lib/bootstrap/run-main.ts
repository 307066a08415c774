import { ConfigError } from '../config/app-config';

/**
 * Runs a process entry point. A bad setting prints which one and how to fix it; any other
 * start-up failure prints its message. Either way the process exits non-zero at once.
 */
export function runMain(processName: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(`[${processName}] ${error.message}`);
    } else {
      console.error(`[${processName}] failed to start:`, error);
    }
    process.exit(1);
  });
}
