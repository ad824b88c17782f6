import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { training, unwrap } from '../../api/client';
import { codeOf, uniqueCodes } from './codes';

/**
 * A new programme and its curriculum: the modules in teaching order. Codes are made from the names;
 * the qualification code is what a desk asks of its guides, so it is shown and may be changed.
 */
export function NewProgramme() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [qualification, setQualification] = useState<string | null>(null);
  const [modules, setModules] = useState<string[]>(['']);
  const qualificationCode = qualification ?? (name.trim() ? `${codeOf(name, 32)}-diploma` : '');
  const titles = modules.map((m) => m.trim()).filter(Boolean);
  const create = useMutation({
    mutationFn: () => {
      const codes = uniqueCodes(titles);
      return unwrap(training.POST('/api/training/programmes', { body: {
        code: codeOf(name), name: name.trim(), qualificationCode,
        modules: titles.map((title, i) => ({ code: codes[i]!, title })),
      } }));
    },
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['training-programmes'] });
      setName('');
      setQualification(null);
      setModules(['']);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const setModule = (i: number, title: string) => setModules((all) => all.map((m, j) => (j === i ? title : m)));
  return (
    <details className="card">
      <summary>{t('courses.newProgramme')}</summary>
      <form onSubmit={submit} className="form-grid">
        <div className="field">
          <label className="label" htmlFor="programme-name">{t('courses.programmeName')}</label>
          <input id="programme-name" type="text" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="label" htmlFor="programme-qualification">{t('courses.qualificationCode')}</label>
          <p className="hint" id="programme-qualification-hint">{t('courses.qualificationHint')}</p>
          <input id="programme-qualification" type="text" required maxLength={40} pattern="[a-z0-9][a-z0-9\-]{0,39}"
            aria-describedby="programme-qualification-hint" value={qualificationCode}
            onChange={(e) => setQualification(e.target.value)} />
        </div>
        <fieldset className="field full">
          <legend className="label">{t('courses.curriculum')}</legend>
          <p className="hint">{t('courses.curriculumHint')}</p>
          <ol className="module-rows">
            {modules.map((m, i) => (
              <li key={i}>
                <label className="visually-hidden" htmlFor={`module-${i}`}>{t('courses.moduleNumber', { n: i + 1 })}</label>
                <input id={`module-${i}`} type="text" maxLength={120} required={i === 0} value={m} onChange={(e) => setModule(i, e.target.value)} />
                {modules.length > 1 && (
                  <button type="button" className="button secondary" onClick={() => setModules((all) => all.filter((_, j) => j !== i))}
                    aria-label={t('courses.removeModule', { n: i + 1 })}>{t('courses.remove')}</button>
                )}
              </li>
            ))}
          </ol>
          {modules.length < 60 && (
            <button type="button" className="button secondary" onClick={() => setModules((all) => [...all, ''])}>{t('courses.addModule')}</button>
          )}
        </fieldset>
        {create.error && <ErrorNotice error={create.error} staff />}
        {create.isSuccess && <p role="status">{t('courses.programmeCreated')}</p>}
        <div className="actions"><button type="submit" className="button" disabled={create.isPending || titles.length === 0}>{t('courses.createProgramme')}</button></div>
      </form>
    </details>
  );
}
