import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { today } from '../../format/format';
import { training, unwrap } from '../../api/client';
import type { FollowUp } from '../../api/types';

/** Marks a follow-up meeting held on a day (today unless changed). */
export function FollowUpHeld({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const id = useId();
  const [heldOn, setHeldOn] = useState(today());
  const save = useMutation({
    mutationFn: () => unwrap(training.PUT('/api/training/follow-ups/{id}', { params: { path: { id: followUp.id } }, body: { heldOn } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['follow-ups'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <div className="field">
        <label className="label visually-hidden" htmlFor={id}>{t('courses.heldOnFor', { name: followUp.displayName })}</label>
        <input id={id} type="date" required max={today()} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      </div>
      {save.error && <ErrorNotice error={save.error} staff />}
      <button type="submit" className="button secondary" disabled={save.isPending}
        aria-label={t('courses.markHeldFor', { name: followUp.displayName })}>{t('courses.markHeld')}</button>
    </form>
  );
}
