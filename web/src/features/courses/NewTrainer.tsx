import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { training, unwrap } from '../../api/client';

/** A recruited trainer: name, how to reach them, what they teach. Their login is linked with a code afterwards. */
export function NewTrainer() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [topics, setTopics] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/trainers', { body: {
      name: name.trim(), topics: topics.split(',').map((x) => x.trim()).filter(Boolean),
      ...(email.trim() ? { email: email.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}),
    } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['trainers'] });
      setName('');
      setEmail('');
      setPhone('');
      setTopics('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <details className="card">
      <summary>{t('courses.newTrainer')}</summary>
      <form onSubmit={submit} className="form-grid">
        <div className="field">
          <label className="label" htmlFor="trainer-name">{t('courses.trainerName')}</label>
          <input id="trainer-name" type="text" required maxLength={120} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="trainer-email">{t('courses.email')}</label>
          <input id="trainer-email" type="email" maxLength={254} autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="trainer-phone">{t('courses.phone')}</label>
          <input id="trainer-phone" type="tel" maxLength={25} autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="trainer-topics">{t('courses.topics')}</label>
          <p className="hint" id="trainer-topics-hint">{t('courses.topicsHint')}</p>
          <input id="trainer-topics" type="text" maxLength={800} aria-describedby="trainer-topics-hint" value={topics} onChange={(e) => setTopics(e.target.value)} />
        </div>
        {create.error && <ErrorNotice error={create.error} staff />}
        {create.isSuccess && <p role="status">{t('courses.trainerAdded')}</p>}
        <div className="actions"><button type="submit" className="button" disabled={create.isPending}>{t('courses.addTrainer')}</button></div>
      </form>
    </details>
  );
}
