import { Link } from 'react-router';
import type { MyShift } from '../../api/types';
import { formatShiftTime } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { ShiftStatus } from './ShiftStatus';

/** One shift in a list: the whole row opens it. */
export function ShiftLink({ shift }: { shift: MyShift }) {
  return (
    <li className="link-item">
      <Link to={`/shifts/${shift.shiftId}`}>
        <span className="title">{formatShiftTime(shift.date, shift.start, shift.end, currentLang())}</span>{' '}
        <ShiftStatus shift={shift} />
        <br />
        <span>{shift.location}</span>
      </Link>
    </li>
  );
}
