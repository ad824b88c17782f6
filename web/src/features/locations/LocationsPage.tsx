import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { Loading } from '../../components/Loading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { WeekdayChoices } from '../../components/WeekdayChoices';
import { formatTime } from '../../format/format';
import { currentLang } from '../../i18n/i18n';
import { scheduling, unwrap } from '../../api/client';
import type { components } from '../../api/generated/scheduling';
import type { DayOfWeek, Location } from '../../api/types';
import { planKeys, useLocations } from '../plan/data';
import { useProgrammes } from '../peers/data';

type SaveLocation = components['schemas']['SaveLocation'];
type AgencyKind = components['schemas']['AgencyKind'];
const AGENCY_KINDS: AgencyKind[] = ['KELA', 'SOCIAL_HEALTH', 'NGO'];

/** Programme sites and partner desks; a desk has its agency and the desk-duty agreement with it. */
export function LocationsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const locations = useLocations();
  return (
    <Page title={t('locations.title')}>
      <p><Link className="button" to="/locations/new">{t('locations.new')}</Link></p>
      {locations.isPending ? <Loading /> : locations.error ? <ErrorNotice error={locations.error} staff />
        : locations.data.length === 0 ? <p className="muted">{t('plan.noLocations')}</p> : (
          <table>
            <caption className="visually-hidden">{t('locations.title')}</caption>
            <thead><tr><th scope="col">{t('locations.name')}</th><th scope="col">{t('locations.kind')}</th><th scope="col">{t('locations.deskDuty')}</th></tr></thead>
            <tbody>
              {locations.data.map((l) => (
                <tr key={l.id}>
                  <td><Link to={`/locations/${l.id}`}>{l.name}</Link><br /><span className="small muted">{l.address}</span></td>
                  <td>{t(`locations.kinds.${l.kind}`)}{l.agency && <><br /><span className="small">{l.agency.name}</span></>}</td>
                  <td>{l.deskAgreement ? (
                    <>{(l.deskAgreement.weekdays ?? []).map((d) => t(`weekday.${d}`)).join(', ')}{' '}
                      {formatTime(l.deskAgreement.starts ?? '', lang)}–{formatTime(l.deskAgreement.ends ?? '', lang)}</>
                  ) : <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </Page>
  );
}

export function LocationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const locations = useLocations();
  const programmes = useProgrammes();
  const existing = id ? locations.data?.find((l) => l.id === id) : undefined;
  const title = id ? t('locations.edit') : t('locations.new');
  const back = <p><Link to="/locations">{t('locations.back')}</Link></p>;
  if (locations.isPending || programmes.isPending) return <Page title={title} back={back}><Loading /></Page>;
  if (programmes.error) return <Page title={title} back={back}><ErrorNotice error={programmes.error} staff /></Page>;
  if (id && !existing) return <Page title={title} back={back}><p className="notice">{t('errors.notFound')}</p></Page>;
  return (
    <Page title={existing ? existing.name : title} back={back}>
      <LocationForm key={id ?? 'new'} existing={existing} programmes={programmes.data.map((p) => ({ id: p.id, name: p.name }))} />
    </Page>
  );
}

function LocationForm({ existing, programmes }: { existing?: Location; programmes: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<SaveLocation['kind']>(existing?.kind ?? 'PROGRAMME_SITE');
  const [programmeId, setProgrammeId] = useState(existing?.programmeId ?? programmes[0]?.id ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [address, setAddress] = useState(existing?.address ?? '');
  const [openingHours, setOpeningHours] = useState(existing?.openingHours ?? '');
  const [agencyCode, setAgencyCode] = useState(existing?.agency?.code ?? '');
  const [agencyName, setAgencyName] = useState(existing?.agency?.name ?? '');
  const [agencyKind, setAgencyKind] = useState<AgencyKind>(existing?.agency?.kind ?? 'KELA');
  const [weekdays, setWeekdays] = useState<DayOfWeek[]>(existing?.deskAgreement?.weekdays ?? []);
  const [starts, setStarts] = useState(existing?.deskAgreement?.starts?.slice(0, 5) ?? '');
  const [ends, setEnds] = useState(existing?.deskAgreement?.ends?.slice(0, 5) ?? '');
  const [guides, setGuides] = useState(String(existing?.deskAgreement?.guides ?? 1));
  const [qualification, setQualification] = useState(existing?.deskAgreement?.requiredQualification ?? '');
  const [missing, setMissing] = useState<string[]>([]);
  const desk = kind === 'PARTNER_DESK';
  const body = (): SaveLocation => ({
    kind, programmeId, name: name.trim(), address: address.trim(), openingHours: openingHours.trim() || undefined,
    ...(desk ? {
      agency: { code: agencyCode.trim(), name: agencyName.trim(), kind: agencyKind },
      deskAgreement: { weekdays, starts, ends, guides: Number(guides), requiredQualification: qualification.trim() || undefined },
    } : {}),
  });
  const save = useMutation({
    mutationFn: async () => (existing
      ? unwrap(scheduling.PUT('/api/scheduling/locations/{id}', { params: { path: { id: existing.id } }, body: body() }))
      : unwrap(scheduling.POST('/api/scheduling/locations', { body: body() }))) as Promise<Location>,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.locations });
      navigate('/locations');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const required: Record<string, string | boolean> = { name, address, programmeId,
      ...(desk ? { agencyCode, agencyName, starts, ends, guides, weekdays: weekdays.length > 0 } : {}) };
    const empty = Object.keys(required).filter((k) => { const v = required[k]; return typeof v === 'string' ? !v.trim() : !v; });
    setMissing(empty);
    if (empty.length === 0) save.mutate();
    else document.getElementById(`location-${empty[0]}`)?.focus();
  };
  const err = (key: string) => missing.includes(key) ? <span className="error-text" id={`location-${key}-error`}>{t('peers.form.required')}</span> : null;
  const text = (key: string, value: string, set: (v: string) => void,
    opts: { hint?: boolean; optional?: boolean; fixed?: boolean } = {}) => (
    <div className="field">
      <label className="label" htmlFor={`location-${key}`}>{t(`locations.${key}`)}{opts.optional && ` (${t('peers.form.optional')})`}</label>
      {opts.hint && <span className="hint" id={`location-${key}-hint`}>{t(`locations.${key}${opts.fixed ? 'Fixed' : 'Hint'}`)}</span>}
      {err(key)}
      <input id={`location-${key}`} type="text" maxLength={200} value={value} disabled={opts.fixed}
        aria-invalid={missing.includes(key) || undefined}
        aria-describedby={[opts.hint && `location-${key}-hint`, missing.includes(key) && `location-${key}-error`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => set(e.target.value)} />
    </div>
  );
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="label">{t('locations.kind')}</legend>
        {(['PROGRAMME_SITE', 'PARTNER_DESK'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="location-kind" checked={kind === k} disabled={!!existing} onChange={() => setKind(k)} />
            {t(`locations.kinds.${k}`)}
          </label>
        ))}
        {existing && <span className="hint">{t('locations.kindFixed')}</span>}
      </fieldset>
      <div className="field">
        <label className="label" htmlFor="location-programmeId">{t('peers.programme')}</label>
        <select id="location-programmeId" value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
          {programmes.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      {text('name', name, setName)}
      {text('address', address, setAddress)}
      {text('openingHours', openingHours, setOpeningHours, { optional: true })}
      {desk && (
        <fieldset className="card">
          <legend className="label">{t('locations.agency')}</legend>
          {text('agencyName', agencyName, setAgencyName)}
          {text('agencyCode', agencyCode, setAgencyCode, { hint: true, fixed: !!existing })}
          <div className="field">
            <label className="label" htmlFor="location-agencyKind">{t('locations.agencyKind')}</label>
            <select id="location-agencyKind" value={agencyKind} onChange={(e) => setAgencyKind(e.target.value as AgencyKind)}>
              {AGENCY_KINDS.map((k) => <option key={k} value={k}>{t(`locations.agencyKinds.${k}`)}</option>)}
            </select>
          </div>
          <fieldset>
            <legend className="label">{t('locations.dutyWeekdays')}</legend>
            {err('weekdays')}
            <WeekdayChoices id="location-weekdays" value={weekdays} onChange={setWeekdays} />
          </fieldset>
          <div className="inline-form">
            <div className="field">
              <label className="label" htmlFor="location-starts">{t('plan.starts')}</label>
              {err('starts')}
              <input id="location-starts" type="time" value={starts} onChange={(e) => setStarts(e.target.value)} />
            </div>
            <div className="field">
              <label className="label" htmlFor="location-ends">{t('plan.ends')}</label>
              {err('ends')}
              <input id="location-ends" type="time" value={ends} onChange={(e) => setEnds(e.target.value)} />
            </div>
            <div className="field">
              <label className="label" htmlFor="location-guides">{t('locations.guides')}</label>
              {err('guides')}
              <input id="location-guides" className="narrow" type="number" min={1} max={20} step={1} value={guides} onChange={(e) => setGuides(e.target.value)} />
            </div>
          </div>
          {text('qualification', qualification, setQualification, { hint: true, optional: true })}
        </fieldset>
      )}
      {save.error && <ErrorNotice error={save.error} staff />}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>{t('locations.save')}</button>
        <Link className="button secondary" to="/locations">{t('peers.cancel')}</Link>
      </div>
    </form>
  );
}
