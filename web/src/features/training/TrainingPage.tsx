import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { training, unwrap } from '../../api/client';
import type { Diploma, Enrolment, MyResults, MySession } from '../../api/types';
import { QrCode } from './QrCode';

function useMine<T>(key: string, call: () => Promise<T>) {
  return useQuery({ queryKey: ['my-training', key], queryFn: call });
}

export default function TrainingPage() {
  const { t } = useTranslation();
  const enrolments = useMine('enrolments', async () => (await unwrap(training.GET('/api/training/my/enrolments'))) as Enrolment[]);
  const sessions = useMine('sessions', async () => (await unwrap(training.GET('/api/training/my/sessions'))) as MySession[]);
  const results = useMine('results', async () => (await unwrap(training.GET('/api/training/my/results'))) as MyResults[]);
  const diplomas = useMine('diplomas', async () => (await unwrap(training.GET('/api/training/my/diplomas'))) as Diploma[]);
  const pending = enrolments.isPending || sessions.isPending || results.isPending || diplomas.isPending;
  const error = enrolments.error ?? sessions.error ?? results.error ?? diplomas.error;
  return (
    <Page title={t('training.title')}>
      {pending ? <Loading /> : error ? <ErrorNotice error={error} /> : !enrolments.data?.length && !diplomas.data?.length ? (
        <p>{t('training.none')}</p>
      ) : (
        <>
          {diplomas.data!.map((d) => <DiplomaCard key={d.id} diploma={d} />)}
          {enrolments.data!.map((e) => (
            <Term key={e.id} enrolment={e} results={results.data!.find((r) => r.termId === e.termId)}
              sessions={sessions.data!.filter((s) => s.session?.termId === e.termId)} />
          ))}
        </>
      )}
    </Page>
  );
}

function DiplomaCard({ diploma }: { diploma: Diploma }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const url = `${window.location.origin}/verify/${encodeURIComponent(diploma.verificationCode ?? '')}`;
  return (
    <section className="card lead" aria-labelledby={`diploma-${diploma.id}`}>
      <h2 id={`diploma-${diploma.id}`}>{t('training.diploma')}</h2>
      <p>{diploma.term}</p>
      {diploma.revokedOn ? <p className="tag alert">{t('training.diplomaRevoked')}</p> : (
        <>
          <p className="tag success">{t('training.diplomaValid', { from: formatDay(diploma.validFrom ?? '', lang, true) })}</p>
          <div className="center">
            <QrCode value={url} label={t('training.qrLabel')} />
            <p>{t('training.code')}: <span className="code">{diploma.verificationCode}</span></p>
          </div>
          <p className="muted">{t('training.qrHelp')}</p>
          <p><Link to={`/verify/${encodeURIComponent(diploma.verificationCode ?? '')}`}>{t('verify.title')}</Link></p>
        </>
      )}
    </section>
  );
}

function Term({ enrolment, results, sessions }: { enrolment: Enrolment; results?: MyResults; sessions: MySession[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section aria-labelledby={`term-${enrolment.id}`}>
      <h2 id={`term-${enrolment.id}`}>{enrolment.term}</h2>
      <p><span className="tag">{t(`training.enrolment.${enrolment.status}`, { position: enrolment.waitingPosition })}</span></p>
      {results?.attendance && (
        <p>{t('training.attended', { attended: results.attendance.attended, held: results.attendance.held,
          percent: results.attendance.percent, threshold: results.attendanceThreshold })}</p>
      )}
      {!!results?.examResults?.length && (
        <>
          <h3>{t('training.exams')}</h3>
          <ul className="list">
            {results.examResults.map((r) => (
              <li key={r.id}>
                <span className="when">{t(`training.component.${r.component}`)}</span>{' '}
                <span className={`tag ${r.passed ? 'success' : 'warning'}`}>{r.passed ? t('training.passed') : t('training.failed')}</span>
                <br /><span className="muted">{r.examinedOn && formatDay(r.examinedOn, lang, true)} · {t('training.attempt', { count: r.attempt })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {sessions.length > 0 && (
        <>
          <h3>{t('training.sessions')}</h3>
          <ul className="list">
            {sessions.map((s) => (
              <li key={s.session?.id}>
                <span className="when">{s.session?.startsAt && formatInstant(s.session.startsAt, lang)}</span><br />
                {s.session?.kind === 'EXAM' ? t('training.examSession') : s.session?.module}<br />
                <span className="muted">{s.attendance ? t(`training.attendance.${s.attendance}`) : t('training.attendance.none')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
