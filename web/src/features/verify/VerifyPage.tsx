import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { training, unwrap } from '../../api/client';

/** Public (no sign-in): a diploma's code answers valid or not valid, nothing more. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const answer = useQuery({
    queryKey: ['verify', code],
    enabled: code.length > 0,
    queryFn: async () => (await unwrap(training.GET('/api/training/diplomas/verification/{code}', { params: { path: { code } } }))) as { valid?: boolean },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = typed.trim().toUpperCase();
    if (c) navigate(`/verify/${encodeURIComponent(c)}`);
  };
  return (
    <Page title={t('verify.title')}>
      {code && (answer.isPending ? <Loading /> : answer.error ? <ErrorNotice error={answer.error} /> : (
        <div className={`notice ${answer.data?.valid ? 'success' : 'alert'}`} role="status" data-testid="verification">
          <p className="when">{answer.data?.valid ? t('verify.valid') : t('verify.invalid')}</p>
        </div>
      ))}
      <form onSubmit={submit}>
        <p>{t('verify.intro')}</p>
        <div className="field">
          <label className="label" htmlFor="code">{t('verify.code')}</label>
          <input id="code" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} value={typed}
            onChange={(e) => setTyped(e.target.value)} className="medium" />
        </div>
        <button type="submit" className="button">{t('verify.check')}</button>
      </form>
    </Page>
  );
}
