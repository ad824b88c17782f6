import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { LanguageSelect } from '../../components/LanguageSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import { participants, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import { signOutEverywhere } from '../../app/Layout';
import { CalendarFeed } from './CalendarFeed';

export default function MyDataPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('me.title')}>
      <section aria-labelledby="lang"><h2 id="lang">{t('me.languageTitle')}</h2><LanguageSelect /></section>
      <CalendarFeed />
      <Export />
      <section aria-labelledby="signout">
        <h2 id="signout">{t('me.signOutTitle')}</h2>
        <p>{t('me.signOutText')}</p>
        <button type="button" className="button secondary" onClick={() => void signOutEverywhere()}>{t('app.signOut')}</button>
      </section>
    </Page>
  );
}

/** Everything participant-service holds about the person, as the JSON file the export endpoint gives. */
function Export() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ done?: boolean; error?: unknown; busy?: boolean }>({});
  const download = async () => {
    setState({ busy: true });
    try {
      const data = await unwrap(participants.GET('/api/participants/me/export'));
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `vertaistyo-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setState({ done: true });
    } catch (error) {
      setState({ error: error instanceof ApiError ? error : new ApiError(0) });
    }
  };
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('me.dataTitle')}</h2>
      <p>{t('me.dataText')}</p>
      {state.error ? <ErrorNotice error={state.error} /> : null}
      {state.done && <div className="notice success" role="status"><p>{t('me.downloaded')}</p></div>}
      <button type="button" className="button" disabled={state.busy} onClick={() => void download()}>{t('me.download')}</button>
    </section>
  );
}
