// Calendar arithmetic on ISO dates (YYYY-MM-DD) as Helsinki counts them, for the demo's relative
// dates ("the 1st of last month", "in a fortnight"). UTC noon is used for the arithmetic, so no
// daylight-saving change moves a date.
const ZONE = 'Europe/Helsinki';

export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(new Date());
}

function parse(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function plusDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The 1st of the month `months` away from the date's month. */
export function firstOfMonth(date: string, months = 0): string {
  const d = parse(date);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, 12)));
}

/** YYYY-MM */
export const monthOf = (date: string) => date.slice(0, 7);

/** 1 = Monday … 7 = Sunday, as ISO 8601 and java.time's DayOfWeek number them. */
export function weekday(date: string): number {
  return parse(date).getUTCDay() || 7;
}

/** Every date of the month (YYYY-MM). */
export function daysOf(month: string): string[] {
  const days: string[] = [];
  for (let d = `${month}-01`; monthOf(d) === month; d = plusDays(d, 1)) days.push(d);
  return days;
}

/** The local time on that date in Helsinki with its offset that day, e.g. 2026-07-01T10:00:00+03:00. */
export function at(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(guess).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  return `${date}T${time}:00${name.replace('GMT', '') || '+00:00'}`;
}
