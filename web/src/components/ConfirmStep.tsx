import { useState, type ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';

/**
 * An action that cannot be undone, asked twice: the first button shows the question with what the
 * action will do, and only "yes" runs it. `onYes` is given the way to close the question.
 */
export function ConfirmStep({ action, actionLabel, hint, question, yes, no, pending, error, onYes, onAsk, boxed }: {
  action: string; actionLabel?: string; hint?: ReactNode; question: ReactNode; yes: string; no: string;
  pending: boolean; error?: unknown; onYes: (done: () => void) => void; onAsk?: () => void; boxed?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const done = () => setAsking(false);
  const failed = error ? <ErrorNotice error={error} staff /> : null;
  if (!asking) {
    return (
      <>
        {failed}
        {hint && <p>{hint}</p>}
        <button type="button" className="button" aria-label={actionLabel} onClick={() => { onAsk?.(); setAsking(true); }}>{action}</button>
      </>
    );
  }
  const body = (
    <>
      <p><strong>{question}</strong></p>
      {failed}
      <div className="actions">
        <button type="button" className="button" disabled={pending} onClick={() => onYes(done)}>{yes}</button>
        <button type="button" className="button secondary" onClick={done}>{no}</button>
      </div>
    </>
  );
  return boxed ? <div className="notice">{body}</div> : body;
}
