import { useTranslation } from 'react-i18next';

export function StartError() {
  const { t } = useTranslation();
  return (
    <main id="main">
      <h1>{t('app.name')}</h1>
      <div className="notice alert"><p>{t('app.startError')}</p></div>
      <button type="button" className="button" onClick={() => window.location.reload()}>{t('app.tryAgain')}</button>
    </main>
  );
}
