import { useTranslation } from 'react-i18next';
import type { ParticipantStatus } from '../../api/types';

const TONE: Record<ParticipantStatus, string> = {
  APPLICANT: 'tag', TRAINEE: 'tag', ACTIVE: 'tag success', PAUSED: 'tag warning', ALUMNI: 'tag',
};

export function StatusTag({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation();
  return <span className={TONE[status]}>{t(`peers.status.${status}`)}</span>;
}

export const STATUSES: ParticipantStatus[] = ['APPLICANT', 'TRAINEE', 'ACTIVE', 'PAUSED', 'ALUMNI'];
