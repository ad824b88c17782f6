import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { BackTo } from '../../components/BackTo';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { training, unwrap } from '../../api/client';
import type { AttendanceStatus, RollEntry, TaughtSession } from '../../api/types';
import { sessionTitle, useRoll, useTeaching } from './data';
import { ExamResults } from './ExamResults';

const STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE', 'EXCUSED', 'ABSENT'];

interface Mark { status?: AttendanceStatus; remark: string }

/**
 * The roll call on a phone: one tap per trainee, one save for all. What was recorded before is
 * shown and can be corrected; the service refuses a roll before the session has begun.
 */
export default function RollCallPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { sessionId = '' } = useParams();
  const sessions = useTeaching();
  const session = sessions.data?.find((s) => s.id === sessionId);
  const roll = useRoll(sessionId);
  return (
    <Page title={session ? sessionTitle(session, t) : t('teaching.rollTitle')} back={<BackTo to="/teaching" label={t('teaching.title')} />}>
      {session && <p className="when">{formatInstant(session.startsAt, lang)}{session.place ? ` · ${session.place}` : ''}</p>}
      {roll.isPending || sessions.isPending ? <Loading /> : roll.error ? <ErrorNotice error={roll.error} staff /> : (
        <>
          <RollForm sessionId={sessionId} roll={roll.data} />
          {session?.kind === 'EXAM' && <ExamResults session={session as TaughtSession} roll={roll.data} />}
        </>
      )}
    </Page>
  );
}

function RollForm({ sessionId, roll }: { sessionId: string; roll: RollEntry[] }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(roll.map((r) => [r.participantId, { status: r.status ?? undefined, remark: r.remark ?? '' }])));
  const save = useMutation({
    mutationFn: async () => (await unwrap(training.PUT('/api/training/sessions/{id}/attendance', {
      params: { path: { id: sessionId } },
      body: {
        entries: roll.filter((r) => marks[r.participantId]?.status).map((r) => ({
          participantId: r.participantId, status: marks[r.participantId]!.status!,
          ...(marks[r.participantId]!.remark.trim() ? { remark: marks[r.participantId]!.remark.trim() } : {}),
        })),
      },
    }))) as RollEntry[],
    onSuccess: (saved) => queries.setQueryData(['roll', sessionId], saved),
  });
  const set = (id: string, change: Partial<Mark>) => {
    save.reset();
    setMarks((m) => ({ ...m, [id]: { remark: '', ...m[id], ...change } }));
  };
  const marked = roll.filter((r) => marks[r.participantId]?.status).length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  if (roll.length === 0) return <p className="muted">{t('teaching.nobodyEnrolled')}</p>;
  return (
    <form onSubmit={submit} aria-labelledby="roll-title">
      <h2 id="roll-title">{t('teaching.rollTitle')}</h2>
      <p>{t('teaching.rollHint')}</p>
      <button type="button" className="button secondary" onClick={() => roll.forEach((r) => !marks[r.participantId]?.status && set(r.participantId, { status: 'PRESENT' }))}>
        {t('teaching.restPresent')}</button>
      <ul className="roll">
        {roll.map((r) => {
          const mark = marks[r.participantId];
          return (
            <li key={r.participantId}>
              <fieldset>
                <legend className="label">{r.displayName}</legend>
                <div className="roll-choices">
                  {STATUSES.map((s) => (
                    <label key={s} className="roll-choice">
                      <input type="radio" name={`roll-${r.participantId}`} value={s} checked={mark?.status === s}
                        onChange={() => set(r.participantId, { status: s })} />
                      <span>{t(`training.attendance.${s}`)}</span>
                    </label>
                  ))}
                </div>
                <details>
                  <summary>{mark?.remark ? t('teaching.remarkGiven') : t('teaching.addRemark')}</summary>
                  <label className="label" htmlFor={`remark-${r.participantId}`}>{t('teaching.remarkFor', { name: r.displayName })}</label>
                  <input id={`remark-${r.participantId}`} type="text" maxLength={500} value={mark?.remark ?? ''}
                    onChange={(e) => set(r.participantId, { remark: e.target.value })} />
                </details>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div className="sticky-save">
        <p aria-live="polite">{t('teaching.marked', { marked, total: roll.length })}</p>
        {save.error && <ErrorNotice error={save.error} staff />}
        {save.isSuccess && <div className="notice success" role="status"><p>{t('teaching.saved')}</p></div>}
        <button type="submit" className="button" disabled={save.isPending || marked === 0}>{t('teaching.save')}</button>
      </div>
    </form>
  );
}
