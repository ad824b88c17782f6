import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/problem';

/** A failed call in plain words: the service's reason code if we know it, else what kind of failure it was. */
export function errorText(t: TFunction, exists: (key: string) => boolean, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.server');
  if (error.reason && exists(`errors.reason.${error.reason}`)) return t(`errors.reason.${error.reason}`);
  switch (error.kind) {
    case 'offline': return t('errors.offline');
    case 'signed-out': return t('errors.signedOut');
    case 'forbidden': return t('errors.forbidden');
    case 'not-found': return error.problem?.detail?.includes('login is not linked') ? t('errors.notLinked') : t('errors.notFound');
    case 'refused': return t('errors.refused');
    case 'invalid': return t('errors.invalid');
    case 'busy': return t('errors.busy');
    default: return t('errors.server');
  }
}

export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown) => errorText(t, (key) => i18n.exists(key), error);
}

export function ErrorNotice({ error }: { error: unknown }) {
  const text = useErrorText();
  return <div className="notice alert" role="alert"><p>{text(error)}</p></div>;
}
