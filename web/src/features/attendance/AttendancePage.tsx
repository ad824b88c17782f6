import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { addDays, formatDay, formatTime, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { components } from '../../api/generated/scheduling';
import { attendanceKeys, ShiftAttendance } from './ShiftAttendance';
import { minutesBetween } from '../plan/data';

type Unconfirmed = Required<components['schemas']['Unconfirmed']>;

/** What is still to confirm in the last two months; each shift confirmed in one action, then corrected if need be. */
function days(list: Unconfirmed[]): [string, Unconfirmed[]][] {
  const byDay = new Map<string, Unconfirmed[]>();
  for (const u of list) byDay.set(u.date, [...(byDay.get(u.date) ?? []), u]);
  return [...byDay.entries()];
}

/** Every still unconfirmed shift of the day as planned, in one action. */
function ConfirmDay({ shifts, onDone }: { shifts: Unconfirmed[]; onDone: (confirmed: Unconfirmed[]) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: async () => {
      for (const u of shifts) {
        await unwrap(scheduling.POST('/api/scheduling/shifts/{shiftId}/attendance', { params: { path: { shiftId: u.shiftId } }, body: {} }));
      }
    },
    onSettled: async () => {
      onDone(shifts);
      await queryClient.invalidateQueries({ queryKey: ['attendance'] });
    },
  });
  if (shifts.length < 2) return null;
  return (
    <div className="actions compact">
      <button type="button" className="button" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
        {t('attendance.confirmDay', { count: shifts.length })}
      </button>
      {confirm.error && <ErrorNotice error={confirm.error} staff />}
    </div>
  );
}

export default function AttendancePage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const to = today();
  const from = addDays(to, -62);
  const unconfirmed = useQuery({
    queryKey: attendanceKeys.unconfirmed,
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/attendance/unconfirmed', {
      params: { query: { from, to } } }))) as Unconfirmed[],
  });
  // Shifts confirmed on this page stay in view, so their minutes can be corrected right away.
  const [done, setDone] = useState<Unconfirmed[]>([]);
  const shown = [...(unconfirmed.data ?? []), ...done.filter((d) => !unconfirmed.data?.some((u) => u.shiftId === d.shiftId))]
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  return (
    <Page title={t('attendance.title')}>
      <p>{t('attendance.intro')}</p>
      {unconfirmed.isPending ? <Loading /> : unconfirmed.error ? <ErrorNotice error={unconfirmed.error} staff /> : (
        <>
          <p role="status">{t('attendance.toConfirm', { count: unconfirmed.data.length })}</p>
          {days(shown).map(([day, list]) => (
            <section key={day} aria-labelledby={`day-${day}`}>
              <h2 id={`day-${day}`}>{formatDay(day, lang, true)}</h2>
              <ConfirmDay shifts={list.filter((u) => unconfirmed.data.some((x) => x.shiftId === u.shiftId))}
                onDone={(confirmed) => setDone((d) => [...d, ...confirmed])} />
              {list.map((u) => (
                <article key={u.shiftId} className="card" aria-labelledby={`attendance-${u.shiftId}`}>
                  <h3 id={`attendance-${u.shiftId}`}>{formatTime(u.start, lang)}–{formatTime(u.end, lang)}, {u.location}</h3>
                  <p className="small muted">
                    {t('attendance.peersOn', { count: u.peers })}{' '}
                    <Link to={`/plan?location=${u.locationId}&month=${monthOf(u.date)}&shift=${u.shiftId}`}>{t('attendance.openInPlan')}</Link>
                  </p>
                  <ShiftAttendance shiftId={u.shiftId} plannedMinutes={minutesBetween(u.start, u.end)} onChanged={() => setDone((d) => [...d, u])} />
                </article>
              ))}
            </section>
          ))}
        </>
      )}
    </Page>
  );
}
