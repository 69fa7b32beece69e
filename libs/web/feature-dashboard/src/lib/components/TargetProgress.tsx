import type { TargetStatus } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { progressBar, targetPhase, type TargetFigures } from '../utils/targets';

/** "Tercapai" / "Sesuai jalur" / "Tertinggal", coloured by status. */
export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return <span className={`target-status target-status--${status.toLowerCase()}`}>{t(`dashboard.target.status.${status}`)}</span>;
}

/**
 * What is achieved as a share of the target, with a mark where even work would be by today (while the period runs).
 * Decorative: the figures beside it say the same in words.
 */
export function TargetProgressBar({ target }: { target: Pick<TargetFigures, 'value' | 'achieved' | 'expected' | 'elapsed' | 'status'> }) {
  const bar = progressBar(target);
  return (
    <div className="target-bar" aria-hidden="true">
      <span className={`target-bar__fill target-bar__fill--${target.status.toLowerCase()}`} style={{ width: `${bar.achieved * 100}%` }} />
      {targetPhase(target) === 'running' && <span className="target-bar__mark" style={{ left: `${bar.expected * 100}%` }} />}
    </div>
  );
}
