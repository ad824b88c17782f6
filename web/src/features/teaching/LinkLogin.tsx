import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { training, unwrap } from '../../api/client';

/** A trainer whose login is not linked yet types the one-time code their coordinator gave them. */
export function LinkLogin() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [code, setCode] = useState('');
  const link = useMutation({
    mutationFn: () => unwrap(training.POST('/api/training/my/trainer-login', { body: { code: code.trim() } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['trainer-login'] });
      void queries.invalidateQueries({ queryKey: ['my-teaching'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    link.mutate();
  };
  return (
    <section aria-labelledby="link-login">
      <h2 id="link-login">{t('teaching.linkTitle')}</h2>
      <p>{t('teaching.linkIntro')}</p>
      <form onSubmit={submit} className="form-grid">
        <div className="field">
          <label className="label" htmlFor="link-code">{t('teaching.linkCode')}</label>
          <p className="hint" id="link-code-hint">{t('teaching.linkCodeHint')}</p>
          <input id="link-code" className="code" type="text" required maxLength={40} autoComplete="off" autoCapitalize="characters"
            spellCheck={false} aria-describedby="link-code-hint" value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        {link.error && <ErrorNotice error={link.error} staff />}
        <div className="actions"><button type="submit" className="button" disabled={link.isPending}>{t('teaching.linkSubmit')}</button></div>
      </form>
    </section>
  );
}
