import { describe, expect, it } from 'vitest';
import { addMonths, formatDay, formatInstant, formatMoney, formatMonth, formatShiftTime, hasEnded, helsinkiDateTime, lastDayOf, today } from './format';

describe('dates and times as people in Finland read them', () => {
  it('writes a shift in Finnish with the weekday, day and month and a dot in times', () => {
    expect(formatShiftTime('2026-12-02', '08:30:00', '12:00:00', 'fi')).toBe('ke 2.12. klo 8.30–12.00');
  });

  it('turns a Helsinki day and time into a date-time with the offset of that day, summer or winter', () => {
    expect(helsinkiDateTime('2026-12-02', '08:30')).toBe('2026-12-02T08:30:00+02:00');
    expect(helsinkiDateTime('2026-07-01', '08:30')).toBe('2026-07-01T08:30:00+03:00');
    expect(new Date(helsinkiDateTime('2026-03-29', '04:30')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('writes a shift in Swedish and English', () => {
    expect(formatShiftTime('2026-12-02', '08:30:00', '12:00:00', 'sv')).toBe('ons 2.12. kl. 8.30–12.00');
    expect(formatShiftTime('2026-12-02', '08:30:00', '12:00:00', 'en')).toBe('Wed 2 Dec, 8:30–12:00');
  });

  it('shows instants in Helsinki time, also across the change to summer time', () => {
    expect(formatInstant('2026-12-01T07:30:00Z', 'fi')).toBe('ti 1.12. klo 9.30');
    expect(formatInstant('2026-07-01T07:30:00Z', 'fi')).toBe('ke 1.7. klo 10.30');
    expect(formatInstant('2026-03-29T00:30:00Z', 'fi')).toBe('su 29.3. klo 2.30');
    expect(formatInstant('2026-03-29T01:30:00Z', 'fi')).toBe('su 29.3. klo 4.30');
  });

  it('takes today from Helsinki, not from the browser or UTC', () => {
    expect(today(new Date('2026-11-30T22:30:00Z'))).toBe('2026-12-01');
    expect(today(new Date('2026-11-30T21:30:00Z'))).toBe('2026-11-30');
  });

  it('says when a shift is over by its Helsinki end time', () => {
    expect(hasEnded('2026-12-02', '12:00:00', new Date('2026-12-02T09:59:00Z'))).toBe(false);
    expect(hasEnded('2026-12-02', '12:00:00', new Date('2026-12-02T10:00:00Z'))).toBe(true);
  });

  it('names months and steps over year ends', () => {
    expect(formatMonth('2026-11', 'fi')).toBe('marraskuu 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
  });

  it('writes money from integer cents with the euro sign where each language puts it', () => {
    expect(formatMoney(9100, 'fi').replace(/\s/g, ' ')).toBe('91,00 €');
    expect(formatMoney(9100, 'en')).toBe('€91.00');
  });

  it('gives the day with the year when asked', () => {
    expect(formatDay('2026-11-01', 'fi', true)).toBe('su 1.11.2026');
  });
});
