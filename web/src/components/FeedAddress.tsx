import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret calendar address, shown once right after it is made, to copy or to open in a calendar app. */
export function FeedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="card">
      <p className="label" id="feed-label">{t('me.calendarLink')}</p>
      <p className="feed-url" aria-labelledby="feed-label" data-testid="feed-url">{url}</p>
      <p className="muted">{t('me.calendarSecret')}</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void copy()}>{t('me.calendarCopy')}</button>
        <a className="button" href={url.replace(/^https?:/, 'webcal:')}>{t('me.calendarAdd')}</a>
      </div>
      {copied && <p role="status">{t('me.calendarCopied')}</p>}
    </div>
  );
}
