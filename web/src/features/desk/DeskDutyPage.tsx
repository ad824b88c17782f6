import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { addDays, formatDay, formatMonth, formatTime, monthOf, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { DeskDuty } from '../../api/types';
import { useDeskDuty, useDeskFeedback, useDesks } from './data';
import { DutyStatus } from './DutyStatus';

/** A partner office's view: who is on duty at our desks today and in the coming week, and our desks' feedback. */
export default function DeskDutyPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const first = today();
  const last = addDays(first, 6);
  const desks = useDesks();
  const duty = useDeskDuty(first, last);
  const todays = (duty.data ?? []).filter((x) => x.date === first);
  return (
    <Page title={t('desk.title')}>
      {desks.isPending || duty.isPending ? <Loading /> : desks.error ? <ErrorNotice error={desks.error} staff />
        : duty.error ? <ErrorNotice error={duty.error} staff />
          : desks.data.length === 0 ? <p className="muted">{t('desk.noDesks')}</p> : (
            <>
              <section aria-labelledby="today">
                <h2 id="today">{t('desk.today', { day: formatDay(first, lang) })}</h2>
                {desks.data.map((d) => ({ desk: d, duties: todays.filter((x) => x.deskId === d.deskId) }))
                  .filter(({ duties }) => duties.length > 0).map(({ desk, duties }) => (
                    <div key={desk.deskId} className="card">
                      <h3>{desk.location}</h3>
                      <Duties duties={duties} />
                    </div>
                  ))}
                {todays.length === 0 && <p className="muted">{t('desk.nobodyToday')}</p>}
              </section>
              <section aria-labelledby="week">
                <h2 id="week">{t('desk.week')}</h2>
                <Week duties={duty.data.filter((x) => x.date > first)} />
              </section>
              <section aria-labelledby="lobby-screens">
                <h2 id="lobby-screens">{t('desk.lobbyScreens')}</h2>
                <p>{t('desk.lobbyScreensIntro')}</p>
                <ul>
                  {desks.data.map((d) => <li key={d.deskId}><Link to={`/desk/lobby?desk=${d.deskId}`}>{t('desk.openLobby', { desk: d.location })}</Link></li>)}
                </ul>
              </section>
            </>
          )}
      <Feedback />
    </Page>
  );
}

function Duties({ duties }: { duties: DeskDuty[] }) {
  const lang = currentLang();
  return (
    <ul className="list">
      {duties.map((x) => (
        <li key={x.dutyId} className={x.status === 'CANCELLED' ? 'cancelled' : undefined}>
          <span className="when">{formatTime(x.start, lang)}–{formatTime(x.end, lang)}</span> {x.displayName} <DutyStatus status={x.status} />
        </li>
      ))}
    </ul>
  );
}

function Week({ duties }: { duties: DeskDuty[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (duties.length === 0) return <p className="muted">{t('desk.nobodyThisWeek')}</p>;
  return (
    <table>
      <caption className="visually-hidden">{t('desk.week')}</caption>
      <thead><tr>
        <th scope="col">{t('desk.day')}</th><th scope="col">{t('desk.time')}</th>
        <th scope="col">{t('desk.desk')}</th><th scope="col">{t('desk.guide')}</th>
      </tr></thead>
      <tbody>
        {duties.map((x) => (
          <tr key={x.dutyId}>
            <td className="day">{formatDay(x.date, lang)}</td>
            <td>{formatTime(x.start, lang)}–{formatTime(x.end, lang)}</td>
            <td>{x.location}</td>
            <td>{x.displayName} <DutyStatus status={x.status} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Feedback() {
  const { t } = useTranslation();
  const lang = currentLang();
  const month = monthOf(today());
  const counts = useDeskFeedback(month);
  return (
    <section aria-labelledby="desk-feedback">
      <h2 id="desk-feedback">{t('desk.feedbackTitle', { month: formatMonth(month, lang) })}</h2>
      <p>{t('desk.feedbackIntro')}</p>
      {counts.isPending ? <Loading /> : counts.error ? <ErrorNotice error={counts.error} staff />
        : counts.data.length === 0 ? <p className="muted">{t('desk.noFeedback')}</p> : (
          <table>
            <caption className="visually-hidden">{t('desk.feedbackTitle', { month: formatMonth(month, lang) })}</caption>
            <thead><tr>
              <th scope="col">{t('desk.desk')}</th><th scope="col" className="num">{t('desk.answers')}</th>
              <th scope="col" className="num">{t('desk.peopleHelped')}</th>
            </tr></thead>
            <tbody>
              {counts.data.map((c) => (
                <tr key={c.deskId}><th scope="row">{c.location}</th><td className="num">{c.answers}</td><td className="num">{c.peopleHelped}</td></tr>
              ))}
            </tbody>
          </table>
        )}
    </section>
  );
}
