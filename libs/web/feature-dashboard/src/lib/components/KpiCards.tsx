import type { ReactNode } from 'react';
import type { DashboardQuery, Indicator } from '@jangkau/web-data-access';
import { formatDateRange, formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';
import { periodKeyLabel, targetFigure } from '../utils/labels';
import { pickTarget, targetPhase } from '../utils/targets';
import { TargetProgressBar, TargetStatusBadge } from './TargetProgress';

type Dashboard = NonNullable<DashboardQuery['dashboard']>;
export type DashboardTarget = Dashboard['targets'][number];

/**
 * The five headline figures, each with the agency's matching target when it has one. `targetsShown` is false on a
 * part of the working area: targets measure the whole working area, and beside a part's figures they would mislead.
 */
export function KpiCards({
  dashboard,
  targetsShown,
  selection,
}: {
  dashboard: Dashboard;
  targetsShown: boolean;
  selection: { periodKey: string | null; year: string | null; programmeItemId: string | null };
}) {
  const { t } = useTranslation();
  const target = (...indicators: Indicator[]) => (targetsShown ? pickTarget(dashboard.targets, indicators, selection) : null);
  const { coverage } = dashboard;
  const last = dashboard.sameTimeLastYear ?? null;
  /** "Tahun lalu: 410 · +12 (+2,9 %)": last year's figure and the change since. */
  const compared = (now: number, before: number | undefined, shown?: string) =>
    last && before !== undefined ? t('dashboard.kpi.lastYear', { value: shown ?? formatNumber(before), change: formatChange(now, before, t('dashboard.kpi.same')) }) : undefined;
  const cards = [
    { name: t('dashboard.kpi.activities'), value: formatNumber(dashboard.activities), compare: compared(dashboard.activities, last?.activities), target: target('ACTIVITIES') },
    {
      name: t('dashboard.kpi.villages'),
      value: (
        <span data-testid="kpi-villages-reached">
          {formatNumber(coverage.villagesReached)} / {formatNumber(coverage.villagesTotal)}
        </span>
      ),
      detail: t('dashboard.kpi.villagesRatio', { ratio: formatPercent(coverage.ratio) }),
      compare: compared(
        coverage.villagesReached,
        last?.villagesReached,
        last ? t('dashboard.kpi.lastYearVillages', { reached: formatNumber(last.villagesReached), ratio: formatPercent(last.ratio) }) : undefined,
      ),
      target: target('VILLAGES_REACHED', 'COVERAGE_RATIO'),
    },
    { name: t('dashboard.kpi.participants'), value: formatNumber(dashboard.participants), compare: compared(dashboard.participants, last?.participants), target: target('PARTICIPANTS') },
    {
      name: t('dashboard.kpi.officials'),
      value: formatNumber(dashboard.officialsReached),
      detail: t('dashboard.kpi.officialsHint'),
      compare: compared(dashboard.officialsReached, last?.officialsReached),
      target: target('OFFICIALS_REACHED'),
    },
    {
      name: t('dashboard.kpi.desaBinaan'),
      value: formatNumber(dashboard.desaBinaanFormed),
      compare: compared(dashboard.desaBinaanFormed, last?.desaBinaanFormed),
      target: target('DESA_BINAAN_FORMED'),
    },
  ];
  const anyTarget = cards.some((card) => card.target);
  return (
    <section className="kpis" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="visually-hidden">
        {t('dashboard.kpi.label')}
      </h2>
      <div className="kpi-grid">
        {cards.map((card) => (
          <KpiCard key={card.name} name={card.name} value={card.value} detail={card.detail} compare={card.compare} target={card.target} />
        ))}
      </div>
      {(dashboard.officialsNotByVillage > 0 || dashboard.participantsNotByVillage > 0) && (
        <p className="kpis__note small muted" data-testid="kpi-not-by-village">
          {t('dashboard.attendance.notByVillage', { officials: formatNumber(dashboard.officialsNotByVillage), participants: formatNumber(dashboard.participantsNotByVillage) })}
        </p>
      )}
      {last && (
        <p className="kpis__note small muted" data-testid="kpi-last-year-note">
          {t('dashboard.kpi.lastYearNote', { range: formatDateRange(last.from, last.to) })}
        </p>
      )}
      {anyTarget && <p className="kpis__note small muted">{t('dashboard.target.note')}</p>}
      {!targetsShown && dashboard.targets.length > 0 && <p className="kpis__note small muted">{t('dashboard.target.regionNote')}</p>}
    </section>
  );
}

/** One headline figure: a group named after the figure, so it can be found by its name. */
export function KpiCard({ name, value, detail, compare, target }: { name: string; value: ReactNode; detail?: string; compare?: string; target?: DashboardTarget | null }) {
  return (
    <div className="kpi" role="group" aria-label={name}>
      <p className="kpi__name">{name}</p>
      <p className="kpi__value">{value}</p>
      {detail && <p className="kpi__detail">{detail}</p>}
      {compare && <p className="kpi__detail kpi__compare">{compare}</p>}
      {target && <TargetLine target={target} />}
    </div>
  );
}

/**
 * "Target 2025: 120 · capaian instansi 45 (38 %) · seharusnya 99 per hari ini", a status badge and a bar of what is
 * achieved with a mark where even work would be by today.
 */
export function TargetLine({ target }: { target: DashboardTarget }) {
  const { t } = useTranslation();
  const figure = (n: number) => targetFigure(target.indicator, n);
  const phase = targetPhase(target);
  const heading = [
    t('dashboard.target.heading', { period: periodKeyLabel(target.period, t) }),
    target.programmeItem ? t('dashboard.target.itemSuffix', { number: target.programmeItem.number }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const achieved = t('dashboard.target.achieved', { achieved: figure(target.achieved) }) + (target.progress !== null ? ` (${formatPercent(target.progress, 0)})` : '');
  const pace = phase === 'running' ? t('dashboard.target.expected', { expected: figure(target.expected) }) : t(`dashboard.target.${phase}`);
  return (
    <div className="target">
      <p className="target__line">
        <TargetStatusBadge status={target.status} /> <span className="target__text">{`${heading}: ${figure(target.value)} · ${achieved} · ${pace}`}</span>
      </p>
      <TargetProgressBar target={target} />
    </div>
  );
}

/**
 * The change from last year's figure: "+12 (+2,9 %)", "−3 (−20 %)", or `same`; no percentage from nothing
 * ("+5" after 0). The minus is the typographic one, read as "minus".
 */
export function formatChange(now: number, before: number, same: string): string {
  const diff = now - before;
  if (diff === 0) return same;
  const sign = diff > 0 ? '+' : '\u2212';
  const relative = before > 0 ? ` (${sign}${formatPercent(Math.abs(diff) / before)})` : '';
  return `${sign}${formatNumber(Math.abs(diff))}${relative}`;
}
