import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { dayOf, formatInstant, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import type { TaughtSession } from '../../api/types';
import { sessionTitle, useTeaching, useTrainerLogin } from './data';
import { LinkLogin } from './LinkLogin';

/** The sessions I teach or examine: today's first, then the coming ones, then the past ones (newest first). */
export default function TeachingPage() {
  const { t } = useTranslation();
  const login = useTrainerLogin();
  const sessions = useTeaching();
  const now = new Date().toISOString();
  const todayDay = today();
  const all = sessions.data ?? [];
  const todays = all.filter((s) => dayOf(s.startsAt) === todayDay);
  const coming = all.filter((s) => dayOf(s.startsAt) > todayDay);
  const past = all.filter((s) => dayOf(s.startsAt) < todayDay).reverse();
  return (
    <Page title={t('teaching.title')}>
      {login.data?.linked === false ? <LinkLogin />
        : sessions.isPending || login.isPending ? <Loading /> : sessions.error ? <ErrorNotice error={sessions.error} staff />
        : all.length === 0 ? <p className="muted">{t('teaching.none')}</p> : (
          <>
            <SessionList title={t('teaching.today')} sessions={todays} empty={t('teaching.noneToday')} now={now} />
            <SessionList title={t('teaching.coming')} sessions={coming} empty={t('teaching.noneComing')} now={now} />
            <SessionList title={t('teaching.past')} sessions={past} empty={t('teaching.nonePast')} now={now} />
          </>
        )}
    </Page>
  );
}

function SessionList({ title, sessions, empty, now }: { title: string; sessions: TaughtSession[]; empty: string; now: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section>
      <h2>{title}</h2>
      {sessions.length === 0 ? <p className="muted">{empty}</p> : (
        <ul className="list">
          {sessions.map((s) => (
            <li key={s.id} className="link-item">
              <Link to={`/teaching/${s.id}`} className="stack">
                <span className="title">{sessionTitle(s, t)}</span>
                <span className="when">{formatInstant(s.startsAt, lang)}</span>
                <span className="muted">{s.term}{s.place ? ` · ${s.place}` : ''}</span>
                <span>{s.kind === 'EXAM' ? <span className="tag">{t('teaching.exam')}</span> : null}{' '}
                  {Date.parse(s.startsAt) <= Date.parse(now) ? t('teaching.takeRoll') : t('teaching.notStarted')}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
