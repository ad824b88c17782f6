import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { training, unwrap } from '../../api/client';
import type { LinkCode, Trainer } from '../../api/types';

/**
 * The one-time code that links a trainer's login: the coordinator gives it to the trainer, who types
 * it after signing in. Shown once; a new code makes the earlier one stop working.
 */
export function TrainerSignInCode({ trainer }: { trainer: Trainer }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const code = useMutation({
    mutationFn: async () => (await unwrap(training.POST('/api/training/trainers/{id}/link-code', { params: { path: { id: trainer.id } } }))) as LinkCode,
  });
  if (code.data) {
    return (
      <div className="notice" role="status">
        <p>{t('courses.codeFor', { name: trainer.name })}</p>
        <p className="code">{code.data.code}</p>
        <p>{t('courses.codeHowTo', { address: `${window.location.origin}/teaching` })}</p>
        <p className="muted">{t('courses.codeValid', { time: formatInstant(code.data.expiresAt, lang) })}</p>
      </div>
    );
  }
  return (
    <>
      {code.error && <ErrorNotice error={code.error} staff />}
      <button type="button" className="button secondary" disabled={code.isPending} onClick={() => code.mutate()}
        aria-label={t(trainer.loginLinked ? 'courses.giveNewCodeFor' : 'courses.giveCodeFor', { name: trainer.name })}>
        {trainer.loginLinked ? t('courses.giveNewCode') : t('courses.giveCode')}
      </button>
    </>
  );
}
