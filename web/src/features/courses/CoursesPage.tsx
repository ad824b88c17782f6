import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant, today } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { useFollowUps, useGatherings, useProgrammes, useTerms, useTrainers } from './data';
import { NewTerm } from './NewTerm';
import { FollowUpHeld } from './FollowUpHeld';
import { NewGathering } from './NewGathering';
import { NewProgramme } from './NewProgramme';
import { NewTrainer } from './NewTrainer';
import { TrainerSignInCode } from './TrainerSignInCode';
import type { Gathering } from '../../api/types';
import { signedUpText } from './signedUp';

/** Training for the coordinator: the terms first, then what is due (follow-ups, gatherings), then programmes and trainers. */
export default function CoursesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('courses.title')}>
      <Terms />
      <FollowUps />
      <Gatherings />
      <Programmes />
      <Trainers />
    </Page>
  );
}

function Terms() {
  const { t } = useTranslation();
  const lang = currentLang();
  const terms = useTerms();
  return (
    <section aria-labelledby="terms">
      <h2 id="terms">{t('courses.terms')}</h2>
      <p><Link to="/courses/calendar">{t('courses.calendarLink')}</Link></p>
      {terms.isPending ? <Loading /> : terms.error ? <ErrorNotice error={terms.error} staff />
        : terms.data.length === 0 ? <p className="muted">{t('courses.noTerms')}</p> : (
          <ul className="list">
            {terms.data.map((term) => (
              <li key={term.id} className="link-item">
                <Link to={`/courses/terms/${term.id}`} className="stack">
                  <span className="title">{term.name}</span>
                  <span>{term.programme}</span>
                  <span className="muted">{formatDay(term.startsOn, lang, true)} – {formatDay(term.endsOn, lang, true)}
                    {' · '}{t('courses.capacity', { count: term.capacity })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      <NewTerm />
    </section>
  );
}

function FollowUps() {
  const { t } = useTranslation();
  const lang = currentLang();
  const followUps = useFollowUps();
  const due = (followUps.data ?? []).filter((f) => !f.heldOn);
  return (
    <section aria-labelledby="follow-ups">
      <h2 id="follow-ups">{t('courses.followUps')}</h2>
      <p>{t('courses.followUpsIntro')}</p>
      {followUps.isPending ? <Loading /> : followUps.error ? <ErrorNotice error={followUps.error} staff />
        : due.length === 0 ? <p className="muted">{t('courses.noFollowUps')}</p> : (
          <table>
            <caption className="visually-hidden">{t('courses.followUps')}</caption>
            <thead><tr><th scope="col">{t('courses.person')}</th><th scope="col" className="wide-only">{t('courses.term')}</th>
              <th scope="col">{t('courses.dueOn')}</th><th scope="col">{t('courses.held')}</th></tr></thead>
            <tbody>
              {due.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.displayName}</th><td className="wide-only">{f.term}</td>
                  <td>{formatDay(f.dueOn, lang, true)}{f.dueOn < today() && <> <span className="tag warning">{t('courses.late')}</span></>}</td>
                  <td><FollowUpHeld followUp={f} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </section>
  );
}

/** The coming days, then the last month's (whose attendance may still be recorded). */
function Gatherings() {
  const { t } = useTranslation();
  const gatherings = useGatherings();
  const now = Date.now();
  const coming = (gatherings.data ?? []).filter((g) => Date.parse(g.startsAt) > now);
  const past = (gatherings.data ?? []).filter((g) => Date.parse(g.startsAt) <= now).reverse();
  return (
    <section aria-labelledby="gatherings">
      <h2 id="gatherings">{t('courses.gatherings')}</h2>
      {gatherings.isPending ? <Loading /> : gatherings.error ? <ErrorNotice error={gatherings.error} staff /> : (
        <>
          {coming.length === 0 ? <p className="muted">{t('courses.noGatherings')}</p> : <GatheringList gatherings={coming} />}
          {past.length > 0 && (
            <>
              <h3>{t('courses.pastGatherings')}</h3>
              <GatheringList gatherings={past} past />
            </>
          )}
        </>
      )}
      <NewGathering />
    </section>
  );
}

function GatheringList({ gatherings, past = false }: { gatherings: Gathering[]; past?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ul className="list">
      {gatherings.map((g) => (
        <li key={g.id} className="link-item">
          <Link to={`/courses/gatherings/${g.id}`} className="stack">
            <span className="title">{g.title}</span>
            <span className="when">{formatInstant(g.startsAt, lang)}</span>
            <span className="muted">{[t(`courses.gatheringKind.${g.kind}`), g.place].filter(Boolean).join(' · ')}</span>
            <span>{signedUpText(g, t)}
              {past && <> · {t('courses.recordWhoCame')}</>}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Programmes() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  return (
    <section aria-labelledby="programmes">
      <h2 id="programmes">{t('courses.programmes')}</h2>
      {programmes.isPending ? <Loading /> : programmes.error ? <ErrorNotice error={programmes.error} staff />
        : programmes.data.length === 0 ? <p className="muted">{t('courses.noProgrammes')}</p>
          : programmes.data.map((p) => (
            <details key={p.id} className="card">
              <summary>{p.name}&nbsp;<span className="muted">({t('courses.modules', { count: p.modules.length })})</span></summary>
              <p className="muted">{t('courses.leadsTo', { code: p.qualificationCode })}</p>
              <ol>{p.modules.map((m) => <li key={m.code}>{m.title}</li>)}</ol>
            </details>
          ))}
      <NewProgramme />
    </section>
  );
}

function Trainers() {
  const { t } = useTranslation();
  const trainers = useTrainers();
  return (
    <section aria-labelledby="trainers">
      <h2 id="trainers">{t('courses.trainers')}</h2>
      {trainers.isPending ? <Loading /> : trainers.error ? <ErrorNotice error={trainers.error} staff />
        : trainers.data.length === 0 ? <p className="muted">{t('courses.noTrainers')}</p> : (
          <ul className="list">
            {trainers.data.map((tr) => (
              <li key={tr.id}>
                <span className="title-plain">{tr.name}</span>
                {tr.topics.length > 0 && <><br /><span className="muted">{tr.topics.join(', ')}</span></>}
                <br />{tr.loginLinked ? t('courses.loginLinked') : <span className="tag warning">{t('courses.noLogin')}</span>}
                <br /><TrainerSignInCode trainer={tr} />
              </li>
            ))}
          </ul>
        )}
      <NewTrainer />
    </section>
  );
}
