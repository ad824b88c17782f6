import { useEffect, useState } from 'react';
import { enableStaffTexts } from '../../i18n/i18n';

/** The staff pages' texts are loaded with the console, so a peer's phone never downloads them. */
export function useStaffTexts(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void enableStaffTexts().then(() => setReady(true));
  }, []);
  return ready;
}
