import { Link } from 'react-router';

/** The way back up, above a page's heading. */
export function BackTo({ to, label }: { to: string; label: string }) {
  return <p><Link to={to}>‹ {label}</Link></p>;
}
