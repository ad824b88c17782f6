import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { addMonths, dayOf, formatDay, formatMonth, monthOf, timeOfInstant, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { sessionTitle } from '../teaching/data';
import { useMonthGatherings, useMonthSessions } from './data';
import { signedUpText } from './signedUp';

type Entry = { key: string; startsAt: string; endsAt: string; title: string; detail: string; tag: string; to: string };

/**
 * A month of training across terms: every session and exam and every development, recreation and
 * supervision day, by day, as a list (a grid of 31 cells does not fit a phone and says less).
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : monthOf(today());
  const sessions = useMonthSessions(month);
  const gatherings = useMonthGatherings(month);
  const pending = sessions.isPending || gatherings.isPending;
  const error = sessions.error ?? gatherings.error;
  const entries: Entry[] = [
    ...(sessions.data ?? []).map((s) => ({
      key: s.id, startsAt: s.startsAt, endsAt: s.endsAt, title: sessionTitle(s, t), to: `/courses/terms/${s.termId}`,
      detail: [s.term, s.trainer, s.place].filter(Boolean).join(' · '), tag: s.kind === 'EXAM' ? t('teaching.exam') : t('courses.teachingSession'),
    })),
    ...(gatherings.data ?? []).map((g) => ({
      key: g.id, startsAt: g.startsAt, endsAt: g.endsAt, title: g.title, to: `/courses/gatherings/${g.id}`,
      detail: [g.place, signedUpText(g, t)].filter(Boolean).join(' · '),
      tag: t(`courses.gatheringKind.${g.kind}`),
    })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const days = [...new Set(entries.map((e) => dayOf(e.startsAt)))];
  const go = (n: number) => setParams({ month: addMonths(month, n) });
  return (
    <Page title={t('courses.calendar')} back={<BackTo to="/courses" label={t('courses.title')} />}>
      <nav className="month-nav" aria-label={t('courses.calendarMonths')}>
        <button type="button" className="button secondary" onClick={() => go(-1)}>‹ {formatMonth(addMonths(month, -1), lang)}</button>
        <h2 aria-live="polite">{formatMonth(month, lang)}</h2>
        <button type="button" className="button secondary" onClick={() => go(1)}>{formatMonth(addMonths(month, 1), lang)} ›</button>
      </nav>
      {pending ? <Loading /> : error ? <ErrorNotice error={error} staff />
        : days.length === 0 ? <p className="muted">{t('courses.nothingThisMonth')}</p>
          : days.map((day) => (
            <section key={day} className="calendar-day" aria-labelledby={`day-${day}`}>
              <h3 id={`day-${day}`}>{formatDay(day, lang)}{day === today() && <> <span className="tag">{t('courses.today')}</span></>}</h3>
              <ul className="list">
                {entries.filter((e) => dayOf(e.startsAt) === day).map((e) => (
                  <li key={e.key} className="link-item">
                    <Link to={e.to} className="stack">
                      <span className="title">{e.title}</span>
                      <span className="when">{timeOfInstant(e.startsAt, lang)}–{timeOfInstant(e.endsAt, lang)}</span>
                      <span className="muted">{e.detail}</span>
                      <span><span className="tag">{e.tag}</span></span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
    </Page>
  );
}
