export interface DatabaseCoordinates {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Splits DATABASE_URL (mysql://user:password@host:port/database) into driver options. */
export function parseDatabaseUrl(url: string): DatabaseCoordinates {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}

/** The same URL pointing at another database, e.g. a throwaway test database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
