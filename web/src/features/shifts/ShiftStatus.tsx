import { useTranslation } from 'react-i18next';
import type { MyShift } from '../../api/types';
import { hasEnded } from '../../format/format';

/** What a peer needs to tell apart: a normal shift, changed, cancelled, not coming, given away. */
export function ShiftStatus({ shift }: { shift: MyShift }) {
  const { t } = useTranslation();
  const tags: { key: string; tone: string }[] = [];
  if (shift.cancelled) tags.push({ key: 'cancelled', tone: 'alert' });
  else if (shift.state === 'ABSENT') tags.push({ key: 'absent', tone: 'warning' });
  else if (shift.state === 'SWAPPED') tags.push({ key: 'swapped', tone: '' });
  else if (shift.state === 'REMOVED') tags.push({ key: 'removed', tone: 'warning' });
  else {
    if (shift.changed) tags.push({ key: 'changed', tone: 'warning' });
    if (shift.swapOffered) tags.push({ key: 'swapOffered', tone: '' });
    if (hasEnded(shift.date, shift.end)) tags.push({ key: 'done', tone: 'success' });
  }
  return <>{tags.map((tag) => <span key={tag.key} className={`tag ${tag.tone}`}>{t(`shift.status.${tag.key}`)}</span>)}</>;
}
