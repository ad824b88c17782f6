import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { training, unwrap } from '../../api/client';
import type { Eligibility, TrainingTerm } from '../../api/types';
import { sessionTitle } from '../teaching/data';
import { useCourseFeedback, useEligibility, useEnrolments, useTermDiplomas, useTermSessions, useTerms, useTrainingPeers } from './data';
import { Diplomas } from './Diplomas';
import { NewSession } from './NewSession';

/** One term: who is enrolled and waiting, its sessions, who may get the diploma and why not, the diplomas, the feedback. */
export default function TermPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { termId = '' } = useParams();
  const terms = useTerms();
  const term = terms.data?.find((x) => x.id === termId);
  return (
    <Page title={term?.name ?? t('courses.term')} back={<BackTo to="/courses" label={t('courses.title')} />}>
      {terms.isPending ? <Loading /> : terms.error ? <ErrorNotice error={terms.error} staff /> : !term ? <ErrorNotice error={new Error()} staff /> : (
        <>
          <p>{term.programme} · {formatDay(term.startsOn, lang, true)} – {formatDay(term.endsOn, lang, true)}</p>
          <Enrolments term={term} />
          <Sessions termId={termId} />
          <NewSession term={term} />
          <EligibilityList term={term} />
          <Diplomas termId={termId} />
          <Feedback termId={termId} />
        </>
      )}
    </Page>
  );
}

function Enrolments({ term }: { term: TrainingTerm }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const enrolments = useEnrolments(term.id);
  const peers = useTrainingPeers();
  const [participantId, setParticipantId] = useState('');
  const enrol = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/terms/{termId}/enrolments', { params: { path: { termId: term.id } }, body: { participantId } })),
    onSuccess: () => {
      setParticipantId('');
      void queries.invalidateQueries({ queryKey: ['enrolments', term.id] });
      void queries.invalidateQueries({ queryKey: ['follow-ups'] });  // an admitted trainee is owed one
      void queries.invalidateQueries({ queryKey: ['eligibility', term.id] });
    },
  });
  const active = (enrolments.data ?? []).filter((e) => e.status !== 'WITHDRAWN');
  const enrolled = active.filter((e) => e.status === 'ENROLLED');
  const waiting = active.filter((e) => e.status === 'WAITING').sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  const candidates = (peers.data ?? []).filter((p) => !active.some((e) => e.participantId === p.participantId));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (participantId) enrol.mutate();
  };
  return (
    <section aria-labelledby="enrolments">
      <h2 id="enrolments">{t('courses.enrolled', { count: enrolled.length, capacity: term.capacity })}</h2>
      {enrolments.isPending ? <Loading /> : enrolments.error ? <ErrorNotice error={enrolments.error} staff /> : (
        <>
          {enrolled.length === 0 ? <p className="muted">{t('courses.nobodyEnrolled')}</p>
            : <p>{enrolled.map((e) => e.displayName).join(', ')}</p>}
          <h3>{t('courses.waiting', { count: waiting.length })}</h3>
          {waiting.length === 0 ? <p className="muted">{t('courses.nobodyWaiting')}</p>
            : <ol>{waiting.map((e) => <li key={e.id}>{e.displayName}</li>)}</ol>}
        </>
      )}
      <form onSubmit={submit} className="inline-form">
        <div className="field">
          <label className="label" htmlFor="enrol-person">{t('courses.enrolPerson')}</label>
          <p className="hint" id="enrol-hint">{t('courses.enrolHint')}</p>
          <select id="enrol-person" aria-describedby="enrol-hint" value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
            <option value="">{t('courses.choose')}</option>
            {candidates.map((p) => <option key={p.participantId} value={p.participantId}>{p.displayName}</option>)}
          </select>
        </div>
        {enrol.error && <ErrorNotice error={enrol.error} staff />}
        <div className="actions"><button type="submit" className="button" disabled={!participantId || enrol.isPending}>{t('courses.enrol')}</button></div>
      </form>
    </section>
  );
}

function Sessions({ termId }: { termId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const sessions = useTermSessions(termId);
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t('courses.sessions')}</h2>
      {sessions.isPending ? <Loading /> : sessions.error ? <ErrorNotice error={sessions.error} staff />
        : sessions.data.length === 0 ? <p className="muted">{t('courses.noSessions')}</p> : (
          <table>
            <caption className="visually-hidden">{t('courses.sessions')}</caption>
            <thead><tr><th scope="col">{t('courses.when')}</th><th scope="col">{t('courses.what')}</th><th scope="col" className="wide-only">{t('courses.trainer')}</th></tr></thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}><td>{formatInstant(s.startsAt, lang)}</td><td>{sessionTitle(s, t)}</td><td className="wide-only">{s.trainer ?? '–'}</td></tr>
              ))}
            </tbody>
          </table>
        )}
    </section>
  );
}

/** The service decides who is eligible; the page says from its figures what is missing, in words. */
function EligibilityList({ term }: { term: TrainingTerm }) {
  const { t } = useTranslation();
  const eligibility = useEligibility(term.id);
  return (
    <section aria-labelledby="eligibility">
      <h2 id="eligibility">{t('courses.eligibility')}</h2>
      <p>{t('courses.eligibilityIntro')}</p>
      {eligibility.isPending ? <Loading /> : eligibility.error ? <ErrorNotice error={eligibility.error} staff />
        : eligibility.data.length === 0 ? <p className="muted">{t('courses.nobodyEnrolled')}</p> : (
          <ul className="list">
            {eligibility.data.map((e) => <EligibilityItem key={e.participantId} term={term} e={e} />)}
          </ul>
        )}
    </section>
  );
}

function EligibilityItem({ term, e }: { term: TrainingTerm; e: Eligibility }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const award = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/terms/{termId}/diplomas', { params: { path: { termId: term.id } }, body: { participantId: e.participantId } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['eligibility', term.id] });
      void queries.invalidateQueries({ queryKey: ['term-diplomas', term.id] });
    },
  });
  const missing = term.requiredComponents.filter((c) => !e.examComponents[c]?.passed);
  const revoked = useTermDiplomas(term.id).data?.find((d) => d.id === e.diplomaId)?.revokedOn != null;
  return (
    <li aria-label={e.displayName}>
      <span className="title-plain">{e.displayName}</span>{' '}
      {e.diplomaId ? (revoked ? <span className="tag warning">{t('courses.diplomaRevoked')}</span>
        : <span className="tag success">{t('courses.hasDiploma')}</span>)
        : e.eligible ? <span className="tag success">{t('courses.eligible')}</span> : <span className="tag warning">{t('courses.notYet')}</span>}
      <br />{t('courses.attendance', { attended: e.attendance.attended, held: e.attendance.held })}
      {term.attendanceThreshold !== null && <span className="muted"> {t('courses.threshold', { percent: term.attendanceThreshold })}</span>}
      {missing.length > 0 && (
        <ul className="small">
          {missing.map((c) => (
            <li key={c}>{t(`training.component.${c}`)}: {e.examComponents[c] ? t('courses.failed') : t('courses.notTaken')}</li>
          ))}
        </ul>
      )}
      {award.error && <ErrorNotice error={award.error} staff />}
      {e.eligible && !e.diplomaId && (
        <p><button type="button" className="button" disabled={award.isPending} onClick={() => award.mutate()}
          aria-label={t('courses.awardFor', { name: e.displayName })}>{t('courses.award')}</button></p>
      )}
    </li>
  );
}

function Feedback({ termId }: { termId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const feedback = useCourseFeedback(termId);
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="course-feedback">
      <h2 id="course-feedback">{t('courses.feedback')}</h2>
      {feedback.isPending ? <Loading /> : feedback.error ? <ErrorNotice error={feedback.error} staff />
        : feedback.data.overall == null ? <p className="muted">{t('courses.feedbackTooFew', { count: feedback.data.responses, minimum: feedback.data.minimumResponses })}</p> : (
          <>
            <dl className="figures">
              <div><dt>{t('courses.responses')}</dt><dd>{feedback.data.responses}</dd></div>
              <div><dt>{t('courses.overall')}</dt><dd>{number.format(feedback.data.overall)}</dd></div>
              {feedback.data.content != null && <div><dt>{t('courses.content')}</dt><dd>{number.format(feedback.data.content)}</dd></div>}
              {feedback.data.trainers != null && <div><dt>{t('courses.trainersRating')}</dt><dd>{number.format(feedback.data.trainers)}</dd></div>}
            </dl>
            {feedback.data.comments.length > 0 && (
              <>
                <h3>{t('courses.comments')}</h3>
                <ul>{feedback.data.comments.map((c, i) => <li key={i}>{c}</li>)}</ul>
              </>
            )}
          </>
        )}
    </section>
  );
}
