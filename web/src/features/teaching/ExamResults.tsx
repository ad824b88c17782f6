import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { training, unwrap } from '../../api/client';
import type { ExamComponent, RollEntry, TaughtSession } from '../../api/types';
import { useExamResults } from './data';

const COMPONENTS: ExamComponent[] = ['ORAL', 'WRITTEN', 'FORMS', 'PRACTICAL'];

/** An exam session's results: what is recorded, and one more result (or a correction) at a time. */
export function ExamResults({ session, roll }: { session: TaughtSession; roll: RollEntry[] }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const results = useExamResults(session.id, true);
  const [participantId, setParticipantId] = useState(roll[0]?.participantId ?? '');
  const [component, setComponent] = useState<ExamComponent>('WRITTEN');
  const [passed, setPassed] = useState<boolean>();
  const [score, setScore] = useState('');
  const record = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/sessions/{id}/exam-results', {
      params: { path: { id: session.id } },
      body: { participantId, component, passed: passed!, ...(score.trim() ? { score: Number(score) } : {}) },
    })),
    onSuccess: () => {
      setPassed(undefined);
      setScore('');
      void queries.invalidateQueries({ queryKey: ['exam-results', session.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate();
  };
  return (
    <section aria-labelledby="exam-results" className="card">
      <h2 id="exam-results">{t('teaching.results.title')}</h2>
      {results.isPending ? <Loading /> : results.error ? <ErrorNotice error={results.error} staff />
        : results.data.length === 0 ? <p className="muted">{t('teaching.results.none')}</p> : (
          <table>
            <caption className="visually-hidden">{t('teaching.results.title')}</caption>
            <thead><tr>
              <th scope="col">{t('teaching.results.trainee')}</th><th scope="col">{t('teaching.results.component')}</th>
              <th scope="col">{t('teaching.results.result')}</th><th scope="col" className="num">{t('teaching.results.score')}</th>
            </tr></thead>
            <tbody>
              {results.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.displayName}</th>
                  <td>{t(`training.component.${r.component}`)}</td>
                  <td>{r.passed ? <span className="tag success">{t('teaching.results.passed')}</span>
                    : <span className="tag alert">{t('teaching.results.failed')}</span>}</td>
                  <td className="num">{r.score ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <form onSubmit={submit} className="form-grid">
        <h3>{t('teaching.results.new')}</h3>
        <div className="field">
          <label className="label" htmlFor="result-trainee">{t('teaching.results.trainee')}</label>
          <select id="result-trainee" value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
            {roll.map((r) => <option key={r.participantId} value={r.participantId}>{r.displayName}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="result-component">{t('teaching.results.component')}</label>
          <select id="result-component" value={component} onChange={(e) => setComponent(e.target.value as ExamComponent)}>
            {COMPONENTS.map((c) => <option key={c} value={c}>{t(`training.component.${c}`)}</option>)}
          </select>
        </div>
        <fieldset className="field">
          <legend className="label">{t('teaching.results.result')}</legend>
          <label className="choice"><input type="radio" name="passed" checked={passed === true} onChange={() => setPassed(true)} required />
            {t('teaching.results.passed')}</label>
          <label className="choice"><input type="radio" name="passed" checked={passed === false} onChange={() => setPassed(false)} />
            {t('teaching.results.failed')}</label>
        </fieldset>
        <div className="field">
          <label className="label" htmlFor="result-score">{t('teaching.results.scoreOptional')}</label>
          <input id="result-score" className="narrow" type="number" inputMode="numeric" min={0} max={100} step={1}
            value={score} onChange={(e) => setScore(e.target.value)} />
        </div>
        {record.error && <ErrorNotice error={record.error} staff />}
        {record.isSuccess && <p role="status">{t('teaching.results.saved')}</p>}
        <div className="actions"><button type="submit" className="button" disabled={record.isPending || passed === undefined}>
          {t('teaching.results.save')}</button></div>
      </form>
    </section>
  );
}
