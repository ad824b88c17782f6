import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SavedNotice } from '../../components/SavedNotice';
import { addMonths, formatMonth, formatShiftTime, formatTime, lastDayOf, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { isUpcoming, shiftWindow, useMyShifts } from '../../data/peer';
import type { MyShift } from '../../api/types';
import { ShiftLink } from './ShiftLink';

export default function MyShiftsPage() {
  const { t } = useTranslation();
  const shifts = useMyShifts();
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [month, setMonth] = useState(monthOf(today()));
  const range = shiftWindow();
  const inMonth = (shifts.data ?? []).filter((s) => monthOf(s.date) === month);
  return (
    <Page title={t('shifts.title')}>
      <SavedNotice savedAt={shifts.savedAt} />
      <p><Link className="button secondary" to="/open-shifts">{t('shifts.openShifts')}</Link></p>
      <div className="segmented" role="group" aria-label={t('shifts.view')}>
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>{t('shifts.list')}</button>
        <button type="button" aria-pressed={view === 'calendar'} onClick={() => setView('calendar')}>{t('shifts.calendar')}</button>
      </div>
      <div className="month-bar">
        <button type="button" className="icon-button" aria-label={t('shifts.previousMonth')}
          disabled={`${month}-01` <= range.from} onClick={() => setMonth(addMonths(month, -1))}>‹</button>
        <h2 aria-live="polite">{formatMonth(month, currentLang())}</h2>
        <button type="button" className="icon-button" aria-label={t('shifts.nextMonth')}
          disabled={lastDayOf(month) >= range.to} onClick={() => setMonth(addMonths(month, 1))}>›</button>
      </div>
      {shifts.isPending ? <Loading /> : shifts.error ? <ErrorNotice error={shifts.error} />
        : view === 'list' ? <MonthList shifts={inMonth} /> : <MonthGrid month={month} shifts={inMonth} />}
    </Page>
  );
}

function MonthList({ shifts }: { shifts: MyShift[] }) {
  const { t } = useTranslation();
  if (!shifts.length) return <p>{t('shifts.none')}</p>;
  const upcoming = shifts.filter(isUpcoming);
  const past = shifts.filter((s) => !isUpcoming(s)).reverse();
  return (
    <>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming"><h3 id="upcoming">{t('shifts.upcoming')}</h3>
          <ul className="list">{upcoming.map((s) => <ShiftLink key={s.dutyId} shift={s} />)}</ul></section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="past"><h3 id="past">{t('shifts.past')}</h3>
          <ul className="list">{past.map((s) => <ShiftLink key={s.dutyId} shift={s} />)}</ul></section>
      )}
    </>
  );
}

/** The month as a calendar table (weeks from Monday); each shift links to its page. */
function MonthGrid({ month, shifts }: { month: string; shifts: MyShift[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const first = new Date(`${month}-01T12:00:00Z`);
  const offset = (first.getUTCDay() + 6) % 7;
  const days = Number(lastDayOf(month).slice(8));
  const cells: (number | null)[] = [...Array(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const t0 = today();
  return (
    <table className="month-grid">
      <caption className="visually-hidden">{formatMonth(month, lang)}</caption>
      <thead><tr>{t('shifts.weekdays').split(' ').map((d) => <th key={d} scope="col">{d}</th>)}</tr></thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => {
              if (!day) return <td key={i} />;
              const date = `${month}-${String(day).padStart(2, '0')}`;
              return (
                <td key={i} className={date === t0 ? 'today' : undefined}>
                  <span className="day-number">{day}</span>
                  {shifts.filter((s) => s.date === date).map((s) => (
                    <Link key={s.dutyId} to={`/shifts/${s.shiftId}`}
                      className={s.cancelled || s.state !== 'ASSIGNED' ? 'cancelled' : undefined}
                      aria-label={`${formatShiftTime(s.date, s.start, s.end, lang)}, ${s.location}`}>
                      {formatTime(s.start, lang)}
                    </Link>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
