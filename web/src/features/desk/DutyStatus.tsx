import { useTranslation } from 'react-i18next';
import type { DeskDuty } from '../../api/types';

/** A changed or cancelled duty, or one whose guide is being replaced, is told in words; a scheduled one needs no tag. */
export function DutyStatus({ status }: { status: DeskDuty['status'] }) {
  const { t } = useTranslation();
  if (status === 'CANCELLED') return <span className="tag alert">{t('desk.status.CANCELLED')}</span>;
  if (status === 'REPLACEMENT_PENDING') return <span className="tag warning">{t('desk.status.REPLACEMENT_PENDING')}</span>;
  if (status === 'CHANGED') return <span className="tag warning">{t('desk.status.CHANGED')}</span>;
  return null;
}
