import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import fi from '../i18n/fi.json';
import en from '../i18n/en.json';
import { scheduling, unwrap } from './client';
import { ApiError } from './problem';
import { errorText } from '../components/ErrorNotice';

function answer(status: number, body: string, type = 'application/problem+json') {
  return vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': type } }));
}

async function takeShift() {
  return unwrap(scheduling.POST('/api/scheduling/my/shifts/{shiftId}/sign-up', { params: { path: { shiftId: 'x' } } }));
}

async function failure(): Promise<ApiError> {
  try {
    await takeShift();
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the call did not fail');
}

const text = (lang: string, error: unknown) => errorText(i18next.getFixedT(lang), (k) => i18next.exists(k, { lng: lang }), error);

describe('the API client turns failures into plain sentences', () => {
  beforeAll(async () => {
    await i18next.init({ resources: { fi: { translation: fi }, en: { translation: en } }, lng: 'fi', interpolation: { escapeValue: false } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says what a refused business rule means, by its reason code', async () => {
    vi.stubGlobal('fetch', answer(409, JSON.stringify({ status: 409, title: 'Assignment refused', reason: 'SHIFT_FULL' })));
    const error = await failure();
    expect(error.kind).toBe('refused');
    expect(error.reason).toBe('SHIFT_FULL');
    expect(text('fi', error)).toBe('Vuoro on jo täynnä. Joku ehti ensin.');
    expect(text('en', error)).toBe('The shift is already full. Someone was quicker.');
  });

  it('falls back to the kind of refusal for a reason it does not know, never showing the code', async () => {
    vi.stubGlobal('fetch', answer(409, JSON.stringify({ status: 409, reason: 'SOMETHING_NEW' })));
    const sentence = text('fi', await failure());
    expect(sentence).toBe('Tätä ei voi nyt tehdä.');
    expect(sentence).not.toMatch(/409|SOMETHING_NEW/);
  });

  it('treats a network failure as offline', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = await failure();
    expect(error.kind).toBe('offline');
    expect(text('fi', error)).toBe('Yhteys ei toimi nyt. Yritä hetken päästä uudelleen.');
  });

  it('shows a generic sentence for a server error page, not its HTML or status', async () => {
    vi.stubGlobal('fetch', answer(502, '<html><body>502 Bad Gateway</body></html>', 'text/html'));
    const error = await failure();
    expect(error.kind).toBe('server');
    expect(text('fi', error)).toBe('Jokin meni vikaan meidän päässämme. Yritä myöhemmin uudelleen.');
  });

  it('tells a peer whose login is not linked what to do', async () => {
    vi.stubGlobal('fetch', answer(404, JSON.stringify({ status: 404, title: 'Not Found',
      detail: 'Your peer record (your login is not linked to one) was not found.' })));
    expect(text('fi', await failure())).toBe('Tunnuksesi ei ole vielä yhdistetty tietoihisi. Kysy ohjaajaltasi.');
  });

  it('maps expired sign-in, missing rights and bad input by status', async () => {
    for (const [status, key] of [[401, 'errors.signedOut'], [403, 'errors.forbidden'], [400, 'errors.invalid'], [429, 'errors.busy']] as const) {
      vi.stubGlobal('fetch', answer(status, JSON.stringify({ status })));
      expect(text('fi', await failure())).toBe(i18next.t(key, { lng: 'fi' }));
    }
  });

  it('returns the data of a success', async () => {
    vi.stubGlobal('fetch', answer(200, JSON.stringify({ shiftId: 'x', state: 'ASSIGNED' }), 'application/json'));
    await expect(takeShift()).resolves.toMatchObject({ state: 'ASSIGNED' });
  });
});
