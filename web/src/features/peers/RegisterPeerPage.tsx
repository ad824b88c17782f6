import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ErrorNotice } from '../../components/ErrorNotice';
import { participants, unwrap } from '../../api/client';
import type { Participant } from '../../api/types';
import { peerKeys } from './data';

type Form = { displayName: string; legalName: string; email: string; phone: string; preferredLanguage: string };
const EMPTY: Form = { displayName: '', legalName: '', email: '', phone: '', preferredLanguage: 'fi' };

/** Registering a person who applies to a programme: they start as an applicant, agreements come next. */
export default function RegisterPeerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(EMPTY);
  const [missing, setMissing] = useState<(keyof Form)[]>([]);
  const register = useMutation({
    mutationFn: async () => (await unwrap(participants.POST('/api/participants', { body: {
      displayName: form.displayName.trim(), legalName: form.legalName.trim(),
      email: form.email.trim() || undefined, phone: form.phone.trim() || undefined, preferredLanguage: form.preferredLanguage,
    } }))) as Participant,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: peerKeys.all });
      navigate(`/peers/${created.id}`, { state: { registered: true } });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = (['displayName', 'legalName'] as const).filter((k) => !form[k].trim());
    setMissing(empty);
    if (empty.length === 0) register.mutate();
    else document.getElementById(empty[0]!)?.focus();
  };
  const field = (key: keyof Form, type: string, required = false) => {
    const invalid = missing.includes(key);
    const hint = t(`peers.form.${key}Hint`, { defaultValue: '' });
    return (
      <div className="field">
        <label className="label" htmlFor={key}>{t(`peers.form.${key}`)}{!required && ` (${t('peers.form.optional')})`}</label>
        {hint && <span className="hint" id={`${key}-hint`}>{hint}</span>}
        {invalid && <span className="error-text" id={`${key}-error`}>{t('peers.form.required')}</span>}
        <input id={key} type={type} value={form[key]} maxLength={type === 'email' ? 254 : 120} aria-invalid={invalid || undefined}
          aria-describedby={[hint && `${key}-hint`, invalid && `${key}-error`].filter(Boolean).join(' ') || undefined}
          autoComplete="off" onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      </div>
    );
  };
  return (
    <Page title={t('peers.registerTitle')} back={<p><Link to="/peers">{t('peers.backToPeers')}</Link></p>}>
      <p>{t('peers.registerIntro')}</p>
      <form onSubmit={submit} noValidate>
        {field('displayName', 'text', true)}
        {field('legalName', 'text', true)}
        {field('email', 'email')}
        {field('phone', 'tel')}
        <div className="field">
          <label className="label" htmlFor="preferredLanguage">{t('peers.form.preferredLanguage')}</label>
          <select id="preferredLanguage" value={form.preferredLanguage} onChange={(e) => setForm({ ...form, preferredLanguage: e.target.value })}>
            {['fi', 'sv', 'en'].map((l) => <option key={l} value={l}>{t(`peers.language.${l}`)}</option>)}
          </select>
        </div>
        {register.error && <ErrorNotice error={register.error} staff />}
        <div className="actions">
          <button type="submit" className="button" disabled={register.isPending}>{t('peers.register')}</button>
          <Link className="button secondary" to="/peers">{t('peers.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
