import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { helsinkiDateTime } from '../../format/format';
import { training, unwrap } from '../../api/client';
import type { Gathering, GatheringKind } from '../../api/types';
import { useTerms } from './data';

const KINDS: GatheringKind[] = ['DEVELOPMENT_DAY', 'RECREATION_DAY', 'SUPERVISION'];

/** A development, recreation or supervision day (Helsinki time); a development day may close a term. */
export function NewGathering() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const terms = useTerms();
  const [kind, setKind] = useState<GatheringKind>('DEVELOPMENT_DAY');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('14:00');
  const [place, setPlace] = useState('');
  const [capacity, setCapacity] = useState('');
  const [termId, setTermId] = useState('');
  const create = useMutation({
    mutationFn: async () => (await unwrap(training.POST('/api/training/gatherings', { body: {
      kind, title: title.trim(), place: place.trim(), startsAt: helsinkiDateTime(day, start), endsAt: helsinkiDateTime(day, end),
      ...(capacity ? { capacity: Number(capacity) } : {}), ...(kind === 'DEVELOPMENT_DAY' && termId ? { termId } : {}),
    } }))) as Gathering,
    onSuccess: (gathering) => {
      void queries.invalidateQueries({ queryKey: ['gatherings'] });
      void navigate(`/courses/gatherings/${gathering.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <details className="card">
      <summary>{t('courses.newGathering')}</summary>
      <form onSubmit={submit} className="form-grid">
        <fieldset className="field">
          <legend className="label">{t('courses.gatheringWhat')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="choice"><input type="radio" name="gathering-kind" checked={kind === k} onChange={() => setKind(k)} />
              {t(`courses.gatheringKind.${k}`)}</label>
          ))}
        </fieldset>
        <div className="field">
          <label className="label" htmlFor="gathering-title">{t('courses.gatheringTitle')}</label>
          <input id="gathering-title" type="text" required maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="gathering-day">{t('courses.day')}</label>
          <input id="gathering-day" type="date" required value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="gathering-start">{t('courses.start')}</label>
          <input id="gathering-start" type="time" required value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="gathering-end">{t('courses.end')}</label>
          <input id="gathering-end" type="time" required value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="gathering-place">{t('courses.place')}</label>
          <input id="gathering-place" type="text" required maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="gathering-capacity">{t('courses.placesOptional')}</label>
          <input id="gathering-capacity" className="narrow" type="number" inputMode="numeric" min={1} max={500} step={1}
            value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </div>
        {kind === 'DEVELOPMENT_DAY' && (terms.data?.length ?? 0) > 0 && (
          <div className="field">
            <label className="label" htmlFor="gathering-term">{t('courses.closesTerm')}</label>
            <select id="gathering-term" value={termId} onChange={(e) => setTermId(e.target.value)}>
              <option value="">{t('courses.noTerm')}</option>
              {terms.data!.map((term) => <option key={term.id} value={term.id}>{term.name}</option>)}
            </select>
          </div>
        )}
        {create.error && <ErrorNotice error={create.error} staff />}
        <div className="actions"><button type="submit" className="button" disabled={create.isPending}>{t('courses.createGathering')}</button></div>
      </form>
    </details>
  );
}
