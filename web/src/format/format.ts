/**
 * Dates, times and money as people in Finland read them, in Europe/Helsinki:
 * fi "ke 2.12. klo 8.30–12.00", sv "ons 2.12. kl. 8.30–12.00", en "Wed 2 Dec, 8:30–12:00".
 * Shift days and times come from the services as Helsinki wall-clock values (2026-12-02, 08:30:00).
 */
export type Lang = 'fi' | 'sv' | 'en';
export const ZONE = 'Europe/Helsinki';

const LOCALE: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
}

export function weekday(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'short', timeZone: 'UTC' })
    .format(parseDay(day)).replace('.', '');
}

/** "ke 2.12." / "ons 2.12." / "Wed 2 Dec" */
export function formatDay(day: string, lang: Lang, withYear = false): string {
  const date = parseDay(day);
  const wd = weekday(day, lang);
  if (lang === 'en') {
    const dm = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC',
      ...(withYear ? { year: 'numeric' } : {}) }).format(date);
    return `${wd} ${dm}`;
  }
  const dm = `${date.getUTCDate()}.${date.getUTCMonth() + 1}.`;
  return `${wd} ${dm}${withYear ? date.getUTCFullYear() : ''}`;
}

/** "8.30" (fi, sv) or "8:30" (en), from "08:30:00" or "08:30". */
export function formatTime(time: string, lang: Lang): string {
  const [h, m] = time.split(':');
  return `${Number(h)}${lang === 'en' ? ':' : '.'}${m}`;
}

/** "ke 2.12. klo 8.30–12.00" */
export function formatShiftTime(day: string, start: string, end: string, lang: Lang): string {
  const span = `${formatTime(start, lang)}–${formatTime(end, lang)}`;
  const d = formatDay(day, lang);
  return lang === 'fi' ? `${d} klo ${span}` : lang === 'sv' ? `${d} kl. ${span}` : `${d}, ${span}`;
}

function helsinkiParts(instant: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** An instant as a Helsinki day and time: "ti 1.12. klo 9.30". */
export function formatInstant(iso: string, lang: Lang): string {
  const { day, time } = helsinkiParts(new Date(iso));
  const d = formatDay(day, lang);
  const t = formatTime(time, lang);
  return lang === 'fi' ? `${d} klo ${t}` : lang === 'sv' ? `${d} kl. ${t}` : `${d}, ${t}`;
}

/** The Helsinki wall-clock time of an instant: "9.30" / "09:30". */
export function timeOfInstant(iso: string, lang: Lang): string {
  return formatTime(helsinkiParts(new Date(iso)).time, lang);
}

/** The Helsinki day of an instant, YYYY-MM-DD. */
export function dayOf(iso: string): string {
  return helsinkiParts(new Date(iso)).day;
}

/** Today's date in Helsinki, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return helsinkiParts(now).day;
}

/** The Helsinki wall-clock time now, HH:MM. */
export function nowTime(now: Date = new Date()): string {
  return helsinkiParts(now).time;
}

export function addDays(day: string, days: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "2026-11" → "marraskuu 2026" / "november 2026" / "November 2026" */
export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(parseDay(`${month}-01`));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export function lastDayOf(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** Integer cents as euros: "91,00 €" / "€91.00". */
export function formatMoney(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Minutes as hours: "3,5 h" / "3.5 h". */
export function formatHours(minutes: number, lang: Lang): string {
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(minutes / 60)} h`;
}

/** Whether a shift (Helsinki day and end time) is over at `now`. */
export function hasEnded(day: string, end: string, now: Date = new Date()): boolean {
  const t = today(now);
  return day < t || (day === t && end.slice(0, 5) <= nowTime(now));
}

/** Whether a shift has begun at `now`. */
export function hasStarted(day: string, start: string, now: Date = new Date()): boolean {
  const t = today(now);
  return day < t || (day === t && start.slice(0, 5) <= nowTime(now));
}

/** Minutes Helsinki is ahead of UTC at the instant. */
function helsinkiOffsetMinutes(utc: number): number {
  const { day, time } = helsinkiParts(new Date(utc));
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return (Date.UTC(y!, m! - 1, d!, h!, mi!) - utc) / 60_000;
}

/** A Helsinki wall-clock day and time as an ISO date-time with its offset: "2026-12-02T08:30:00+02:00". */
export function helsinkiDateTime(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, h!, mi!);
  const offset = helsinkiOffsetMinutes(wall - helsinkiOffsetMinutes(wall) * 60_000);
  const abs = Math.abs(offset);
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${day}T${time.slice(0, 5)}:00${offset < 0 ? '-' : '+'}${pad(abs / 60)}:${pad(abs % 60)}`;
}
