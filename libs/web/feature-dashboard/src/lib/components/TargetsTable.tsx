import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { TargetFieldsFragment } from '@jangkau/web-data-access';
import { currentLanguage, formatPercent, useTranslation } from '@jangkau/web-i18n';
import { RemoveTargetMutation } from '../graphql/removeTarget.mutation';
import { SetTargetMutation } from '../graphql/setTarget.mutation';
import { TargetsQuery } from '../graphql/targets.query';
import { periodKeyLabel, targetFigure } from '../utils/labels';
import { forgetDashboards } from '../utils/targetCache';
import { targetProblem, type TargetProblem } from '../utils/targetErrors';
import { isRatioIndicator, parseTargetInput, targetInputValue, targetPhase } from '../utils/targets';
import { ProblemLine } from './TargetForm';
import { TargetProgressBar, TargetStatusBadge } from './TargetProgress';

interface TableProps {
  /** "2025" or "2025-Q1": the period these targets are named for. */
  period: string;
  year: string;
  targets: TargetFieldsFragment[];
  canManage: boolean;
  onReload: () => Promise<unknown>;
  onNotice: (message: string) => void;
}

/** The targets of one period: figures, pacing, status; with inline change and removal for those who may. */
export function TargetsTable({ period, year, targets, canManage, onReload, onNotice }: TableProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = period === year ? t('dashboard.targets.yearGroup', { year }) : periodKeyLabel(period, t);
  const columns = canManage ? 7 : 6;
  return (
    <section className="targets-group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="table-wrap">
        <table className="table targets-table" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.targets.column.indicator')}</th>
              <th scope="col" className="num">
                {t('dashboard.targets.column.value')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.targets.column.achieved')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.targets.column.progress')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.targets.column.expected')}
              </th>
              <th scope="col">{t('dashboard.targets.column.status')}</th>
              {canManage && (
                <th scope="col">
                  <span className="visually-hidden">{t('dashboard.targets.column.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <TargetRow key={target.id} target={target} periodName={title} canManage={canManage} columns={columns} onReload={onReload} onNotice={onNotice} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type Mode = 'view' | 'edit' | 'remove';

function TargetRow({
  target,
  periodName,
  canManage,
  columns,
  onReload,
  onNotice,
}: {
  target: TargetFieldsFragment;
  periodName: string;
  canManage: boolean;
  columns: number;
  onReload: () => Promise<unknown>;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TargetProblem | null>(null);
  const [setTarget, setting] = useMutation(SetTargetMutation);
  const [removeTarget, removing] = useMutation(RemoveTargetMutation);

  const figure = (n: number) => targetFigure(target.indicator, n);
  const phase = targetPhase(target);
  const ratio = isRatioIndicator(target.indicator);
  const indicatorName = t(`dashboard.targets.indicator.${target.indicator}`);
  const name = t('dashboard.targets.name', {
    indicator: target.programmeItem ? `${indicatorName} ${t('dashboard.target.itemSuffix', { number: target.programmeItem.number })}` : indicatorName,
    period: periodName,
  });

  const show = (next: Mode) => {
    setProblem(null);
    if (next === 'edit') setText(targetInputValue(target.indicator, target.value, currentLanguage() === 'en' ? '.' : ','));
    setMode(next);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const parsed = parseTargetInput(target.indicator, text);
    if ('problem' in parsed) {
      setProblem({ message: t(`dashboard.targets.invalid.${parsed.problem}`), stale: false });
      return;
    }
    try {
      // The version read goes with the change: if someone changed the target since, the API refuses and says who.
      await setTarget({
        variables: {
          input: {
            agencyId: target.agency.id,
            period: target.period,
            indicator: target.indicator,
            value: parsed.value,
            ...(target.programmeItem ? { programmeItemId: target.programmeItem.id } : {}),
          },
          version: target.version,
        },
      });
      setMode('view');
      onNotice(t('dashboard.targets.edit.saved'));
    } catch (error) {
      setProblem(targetProblem(error, t));
    }
  };

  const remove = async () => {
    setProblem(null);
    try {
      await removeTarget({
        variables: { id: target.id, version: target.version },
        refetchQueries: [TargetsQuery],
        awaitRefetchQueries: true,
        update: forgetDashboards,
      });
      onNotice(t('dashboard.targets.remove.removed'));
    } catch (error) {
      setProblem(targetProblem(error, t));
    }
  };

  return (
    <>
      <tr>
        <th scope="row">
          {indicatorName}
          {target.programmeItem && (
            <span className="targets-table__item small muted" title={target.programmeItem.frameworkName}>
              {t('dashboard.targets.item', { number: target.programmeItem.number, title: target.programmeItem.title })}
            </span>
          )}
        </th>
        <td className="num">
          {mode === 'edit' ? (
            <form className="inline-form targets-table__edit" aria-label={t('dashboard.targets.edit.label', { name })} onSubmit={(e) => void save(e)} noValidate>
              <label className="visually-hidden" htmlFor={`${id}-value`}>
                {ratio ? t('dashboard.targets.edit.valuePercent') : t('dashboard.targets.edit.value')}
              </label>
              <input
                id={`${id}-value`}
                inputMode={ratio ? 'decimal' : 'numeric'}
                size={8}
                autoComplete="off"
                value={text}
                // The field the reader just asked to change.
                autoFocus
                aria-invalid={problem && !problem.stale ? true : undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(e) => setText(e.target.value)}
              />
              {ratio && <span aria-hidden="true">%</span>}
              <button type="submit" className="button" disabled={setting.loading}>
                {t('dashboard.targets.edit.save')}
              </button>
              <button type="button" className="link-button" onClick={() => show('view')}>
                {t('dashboard.targets.edit.cancel')}
              </button>
            </form>
          ) : (
            figure(target.value)
          )}
        </td>
        <td className="num">{figure(target.achieved)}</td>
        <td className="num">{target.progress === null ? t('dashboard.targets.noProgress') : formatPercent(target.progress, 0)}</td>
        <td className="num">{phase === 'running' ? figure(target.expected) : <span className="muted">{t(`dashboard.targets.phase.${phase}`)}</span>}</td>
        <td className="targets-table__status">
          <TargetStatusBadge status={target.status} />
          <TargetProgressBar target={target} />
        </td>
        {canManage && (
          <td className="targets-table__actions">
            {mode === 'view' && (
              <>
                <button type="button" className="link-button" aria-label={t('dashboard.targets.edit.label', { name })} onClick={() => show('edit')}>
                  {t('dashboard.targets.edit.button')}
                </button>
                <button type="button" className="link-button targets-table__remove" aria-label={t('dashboard.targets.remove.label', { name })} onClick={() => show('remove')}>
                  {t('dashboard.targets.remove.button')}
                </button>
              </>
            )}
          </td>
        )}
      </tr>
      {(mode === 'remove' || problem) && (
        <tr className="targets-table__message">
          <td colSpan={columns}>
            {mode === 'remove' && (
              <p className="targets-table__confirm" role="group" aria-label={t('dashboard.targets.remove.label', { name })}>
                <span>{t('dashboard.targets.remove.confirm', { name })}</span>{' '}
                <button type="button" className="button" disabled={removing.loading} onClick={() => void remove()}>
                  {t('dashboard.targets.remove.yes')}
                </button>{' '}
                <button type="button" className="link-button" onClick={() => show('view')}>
                  {t('dashboard.targets.edit.cancel')}
                </button>
              </p>
            )}
            {problem && (
              <div id={`${id}-problem`}>
                <ProblemLine problem={problem} onReload={onReload} onReloaded={() => setProblem(null)} />
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
