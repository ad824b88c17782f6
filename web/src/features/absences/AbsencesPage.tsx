import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { MonthBar } from '../../components/MonthBar';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant, formatTime, lastDayOf, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { Absence, AbsenceNotice } from '../../api/types';
import { useLocations } from '../plan/data';

const TONE: Record<AbsenceNotice, string> = { IN_TIME: 'tag success', LATE: 'tag warning', NO_NOTICE: 'tag alert' };

/**
 * Absences of the month with their notice (judged by the service under the programme's rule) and the
 * private reason, which only coordinators read. A place left open is filled from the plan's shift panel,
 * where the eligible replacements are.
 */
export default function AbsencesPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [month, setMonth] = useState(monthOf(today()));
  const locations = useLocations();
  const absences = useQuery({
    queryKey: ['absences', month],
    queryFn: async () => (await unwrap(scheduling.GET('/api/scheduling/absences', {
      params: { query: { from: `${month}-01`, to: lastDayOf(month) } } }))) as Absence[],
  });
  const locationName = (id: string) => locations.data?.find((l) => l.id === id)?.name ?? '';
  return (
    <Page title={t('absences.title')}>
      <p>{t('absences.intro')}</p>
      <MonthBar month={month} onChange={setMonth} narrow />
      {absences.isPending ? <Loading /> : absences.error ? <ErrorNotice error={absences.error} staff />
        : absences.data.length === 0 ? <p className="muted">{t('absences.none')}</p> : (
          <table>
            <caption className="visually-hidden">{t('absences.title')}</caption>
            <thead><tr>
              <th scope="col">{t('absences.shift')}</th><th scope="col">{t('peers.displayName')}</th>
              <th scope="col">{t('absences.notice')}</th><th scope="col">{t('absences.reason')}</th><th scope="col">{t('absences.place')}</th>
            </tr></thead>
            <tbody>
              {absences.data.map((a) => (
                <tr key={a.id}>
                  <td>{formatDay(a.date, lang)} {formatTime(a.start, lang)}<br /><span className="small muted">{locationName(a.locationId)}</span></td>
                  <td>{a.displayName}</td>
                  <td><span className={TONE[a.notice]}>{t(`absences.noticeKind.${a.notice}`)}</span>
                    {a.reportedAt && <><br /><span className="small muted">{t('absences.reportedAt', { at: formatInstant(a.reportedAt, lang) })}</span></>}</td>
                  <td>{a.reason ?? <span className="muted">{t('absences.noReason')}</span>}</td>
                  <td>{a.date >= today()
                    ? <Link to={`/plan?location=${a.locationId}&month=${monthOf(a.date)}&shift=${a.shiftId}`}>{t('absences.findReplacement')}</Link>
                    : <span className="muted">{t('absences.past')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </Page>
  );
}
