import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/problem';

/**
 * A failed call in plain words: the service's reason code if we know it, else what kind of failure it was.
 * Staff read the same codes told about the peer ("The peer already has…") rather than to them.
 */
export function errorText(t: TFunction, exists: (key: string) => boolean, error: unknown, staff = false): string {
  if (!(error instanceof ApiError)) return t('errors.server');
  if (error.reason && staff && exists(`errors.staffReason.${error.reason}`)) return t(`errors.staffReason.${error.reason}`);
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

export function useErrorText(staff = false) {
  const { t, i18n } = useTranslation();
  return (error: unknown) => errorText(t, (key) => i18n.exists(key), error, staff);
}

export function ErrorNotice({ error, staff }: { error: unknown; staff?: boolean }) {
  const text = useErrorText(staff);
  return <div className="notice alert" role="alert"><p>{text(error)}</p></div>;
}
