import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { training, unwrap } from '../../api/client';
import type { TrainingTerm } from '../../api/types';
import { useProgrammes } from './data';

/** A new term of a programme; the service checks the dates and the programme. */
export function NewTerm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const programmes = useProgrammes();
  const [programmeId, setProgrammeId] = useState('');
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [capacity, setCapacity] = useState('12');
  const create = useMutation({
    mutationFn: async () => (await unwrap(training.POST('/api/training/terms', { body: {
      programmeId: programmeId || programmes.data![0]!.id, name: name.trim(), startsOn, endsOn, capacity: Number(capacity),
    } }))) as TrainingTerm,
    onSuccess: (term) => {
      void queries.invalidateQueries({ queryKey: ['training-terms'] });
      void navigate(`/courses/terms/${term.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (!programmes.data?.length) return null;
  return (
    <details className="card">
      <summary>{t('courses.newTerm')}</summary>
      <form onSubmit={submit} className="form-grid">
        <div className="field">
          <label className="label" htmlFor="term-programme">{t('courses.programme')}</label>
          <select id="term-programme" value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
            {programmes.data.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="term-name">{t('courses.termName')}</label>
          <input id="term-name" type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="term-starts">{t('courses.startsOn')}</label>
          <input id="term-starts" type="date" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="term-ends">{t('courses.endsOn')}</label>
          <input id="term-ends" type="date" required value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="term-capacity">{t('courses.places')}</label>
          <input id="term-capacity" className="narrow" type="number" inputMode="numeric" required min={1} max={500} step={1}
            value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </div>
        {create.error && <ErrorNotice error={create.error} staff />}
        <div className="actions"><button type="submit" className="button" disabled={create.isPending}>{t('courses.createTerm')}</button></div>
      </form>
    </details>
  );
}
