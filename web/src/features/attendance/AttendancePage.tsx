import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { addDays, formatDay, formatTime, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { components } from '../../api/generated/scheduling';
import { attendanceKeys, ShiftAttendance } from './ShiftAttendance';

type Unconfirmed = Required<components['schemas']['Unconfirmed']>;

/** What is still to confirm in the last two months; each shift confirmed in one action, then corrected if need be. */
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
          {shown.map((u) => (
            <article key={u.shiftId} className="card" aria-labelledby={`attendance-${u.shiftId}`}>
              <h2 id={`attendance-${u.shiftId}`}>
                {formatDay(u.date, lang)} {formatTime(u.start, lang)}–{formatTime(u.end, lang)}, {u.location}
              </h2>
              <p className="small muted">
                {t('attendance.peersOn', { count: u.peers })}{' '}
                <Link to={`/plan?location=${u.locationId}&month=${monthOf(u.date)}&shift=${u.shiftId}`}>{t('attendance.openInPlan')}</Link>
              </p>
              <ShiftAttendance shiftId={u.shiftId} onChanged={() => setDone((d) => [...d, u])} />
            </article>
          ))}
        </>
      )}
    </Page>
  );
}
