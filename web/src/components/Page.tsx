import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page: its heading takes the focus when it opens, so screen readers announce where one is. */
export function Page({ title, children, back }: { title: string; children: ReactNode; back?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      {back}
      <h1 ref={heading} tabIndex={-1}>{title}</h1>
      {children}
    </>
  );
}
