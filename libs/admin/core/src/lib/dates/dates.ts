/** YYYY-MM-DD of a date in the browser's time zone (the federations all work in Asia/Ho_Chi_Minh). */
export function isoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as YYYY-MM-DD: the default effective date and "as of" date. */
export function today(): string {
  return isoDate();
}

/** DD/MM/YYYY, as Vietnamese documents write dates; anything unreadable is returned as is. */
export function displayDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}
