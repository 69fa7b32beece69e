import { ProgrammeItemOptions } from '@jangkau/web-filters';
import { frameworksOverlapping, parsePeriod } from '@jangkau/shared-domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { Indicator, TargetInput } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { SetTargetMutation } from '../graphql/setTarget.mutation';
import { TargetFrameworksQuery } from '../graphql/targetFrameworks.query';
import { TargetsQuery } from '../graphql/targets.query';
import { periodKeyLabel } from '../utils/labels';
import { targetProblem, type TargetProblem } from '../utils/targetErrors';
import { INDICATORS, isRatioIndicator, parseTargetInput, periodsOfYear } from '../utils/targets';
import { forgetDashboards } from '../utils/targetCache';

/**
 * Sets a new target for the agency: the year or one of its quarters, an indicator, optionally a programme item of a
 * framework valid in that period, and the value (a coverage ratio typed as a percentage). The server's refusal (a
 * target that exists already, a value out of range) is shown beside the form, in the reader's language.
 */
export function TargetForm({ agencyId, year, onAdded, onReload }: { agencyId: string; year: string; onAdded: (message: string) => void; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [period, setPeriod] = useState(year);
  const [indicator, setIndicator] = useState<Indicator>('ACTIVITIES');
  const [itemId, setItemId] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TargetProblem | null>(null);
  const frameworksQuery = useQuery(TargetFrameworksQuery);
  const [setTarget, { loading: saving }] = useMutation(SetTargetMutation);

  const range = parsePeriod(period);
  // The shared rule: a target offers the items of the frameworks whose validity overlaps its period (the API refuses others).
  const frameworks = range ? frameworksOverlapping(frameworksQuery.data?.programmeFrameworks ?? [], range.from, range.to) : [];
  const itemValid = !itemId || frameworks.some((f) => f.items.some((i) => i.id === itemId));
  const ratio = isRatioIndicator(indicator);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const parsed = parseTargetInput(indicator, text);
    if ('problem' in parsed) {
      setProblem({ message: t(`dashboard.targets.invalid.${parsed.problem}`), stale: false });
      return;
    }
    const input: TargetInput = { agencyId, period, indicator, value: parsed.value, ...(itemId && itemValid ? { programmeItemId: itemId } : {}) };
    try {
      await setTarget({
        variables: { input },
        refetchQueries: [{ query: TargetsQuery, variables: { agencyId, year: Number(year) } }],
        awaitRefetchQueries: true,
        update: forgetDashboards,
      });
      setText('');
      onAdded(t('dashboard.targets.add.added'));
    } catch (error) {
      setProblem(targetProblem(error, t));
    }
  };

  return (
    <form className="form form--panel targets-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-title`}>{t('dashboard.targets.add.title')}</h2>
      <div className="targets-form__row">
        <label className="field">
          <span>{t('dashboard.targets.add.period')}</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {periodsOfYear(year).map((key) => (
              <option key={key} value={key}>
                {key === year ? t('dashboard.targets.yearGroup', { year }) : periodKeyLabel(key, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('dashboard.targets.add.indicator')}</span>
          <select value={indicator} onChange={(e) => setIndicator(e.target.value as Indicator)}>
            {INDICATORS.map((value) => (
              <option key={value} value={value}>
                {t(`dashboard.targets.indicator.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-item`}>
            {t('dashboard.targets.add.item')}
          </label>
          <select id={`${id}-item`} value={itemValid ? itemId : ''} onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t('dashboard.targets.add.noItem')}</option>
            <ProgrammeItemOptions frameworks={frameworks} />
          </select>
          {frameworksQuery.data && frameworks.length === 0 && <small role="status">{t('dashboard.targets.add.noItems', { period: periodKeyLabel(period, t) })}</small>}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-value`}>
            {ratio ? t('dashboard.targets.add.valuePercent') : t('dashboard.targets.add.value')}
          </label>
          <input
            id={`${id}-value`}
            inputMode={ratio ? 'decimal' : 'numeric'}
            autoComplete="off"
            required
            value={text}
            aria-invalid={problem && !problem.stale ? true : undefined}
            aria-describedby={`${id}-problem${ratio ? ` ${id}-hint` : ''}`}
            onChange={(e) => setText(e.target.value)}
          />
          {ratio && <small id={`${id}-hint`}>{t('dashboard.targets.add.percentHint')}</small>}
        </div>
      </div>
      <div id={`${id}-problem`}>{problem && <ProblemLine problem={problem} onReload={onReload} onReloaded={() => setProblem(null)} />}</div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('dashboard.targets.add.saving') : t('dashboard.targets.add.submit')}
        </button>
      </div>
    </form>
  );
}

/** A refusal in words, with "reload" when what the reader saw is out of date. */
export function ProblemLine({ problem, onReload, onReloaded }: { problem: TargetProblem; onReload: () => Promise<unknown>; onReloaded?: () => void }) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  return (
    <p className="form__error targets__problem" role="alert">
      {problem.message}
      {problem.stale && (
        <>
          {' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={reloading}
            onClick={() => {
              setReloading(true);
              void onReload().finally(() => {
                setReloading(false);
                onReloaded?.();
              });
            }}
          >
            {t('dashboard.targets.reload')}
          </button>
        </>
      )}
    </p>
  );
}
