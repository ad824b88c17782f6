import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { helsinkiDateTime } from '../../format/format';
import { training, unwrap } from '../../api/client';
import type { SessionKindName, TrainingTerm } from '../../api/types';
import { useProgrammes, useTrainers } from './data';

/** A teaching session of one module, or an exam, on the term's calendar (Helsinki time). */
export function NewSession({ term }: { term: TrainingTerm }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const programmes = useProgrammes();
  const trainers = useTrainers();
  const modules = programmes.data?.find((p) => p.id === term.programmeId)?.modules ?? [];
  const [kind, setKind] = useState<SessionKindName>('TEACHING');
  const [moduleCode, setModuleCode] = useState('');
  const [trainerId, setTrainerId] = useState('');
  const [day, setDay] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('13:00');
  const [place, setPlace] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/terms/{id}/sessions', { params: { path: { id: term.id } }, body: {
      kind, trainerId: trainerId || trainers.data![0]!.id, startsAt: helsinkiDateTime(day, start), endsAt: helsinkiDateTime(day, end),
      ...(kind === 'TEACHING' ? { moduleCode: moduleCode || modules[0]!.code } : {}),
      ...(place.trim() ? { place: place.trim() } : {}),
    } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['term-sessions', term.id] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (!trainers.data?.length || !modules.length) return null;
  return (
    <details className="card">
      <summary>{t('courses.newSession')}</summary>
      <form onSubmit={submit} className="form-grid">
        <fieldset className="field">
          <legend className="label">{t('courses.sessionKind')}</legend>
          <label className="choice"><input type="radio" name="session-kind" checked={kind === 'TEACHING'} onChange={() => setKind('TEACHING')} />
            {t('courses.teachingSession')}</label>
          <label className="choice"><input type="radio" name="session-kind" checked={kind === 'EXAM'} onChange={() => setKind('EXAM')} />
            {t('teaching.exam')}</label>
        </fieldset>
        {kind === 'TEACHING' && (
          <div className="field">
            <label className="label" htmlFor="session-module">{t('courses.module')}</label>
            <select id="session-module" value={moduleCode} onChange={(e) => setModuleCode(e.target.value)}>
              {modules.map((m) => <option key={m.code} value={m.code}>{m.title}</option>)}
            </select>
          </div>
        )}
        <div className="field">
          <label className="label" htmlFor="session-trainer">{t('courses.trainer')}</label>
          <select id="session-trainer" value={trainerId} onChange={(e) => setTrainerId(e.target.value)}>
            {trainers.data.map((tr) => <option key={tr.id} value={tr.id}>{tr.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="session-day">{t('courses.day')}</label>
          <input id="session-day" type="date" required min={term.startsOn} max={term.endsOn} value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="session-start">{t('courses.start')}</label>
          <input id="session-start" type="time" required value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="session-end">{t('courses.end')}</label>
          <input id="session-end" type="time" required value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="session-place">{t('courses.place')}</label>
          <input id="session-place" type="text" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
        {create.error && <ErrorNotice error={create.error} staff />}
        {create.isSuccess && <p role="status">{t('courses.sessionAdded')}</p>}
        <div className="actions"><button type="submit" className="button" disabled={create.isPending}>{t('courses.addSession')}</button></div>
      </form>
    </details>
  );
}
