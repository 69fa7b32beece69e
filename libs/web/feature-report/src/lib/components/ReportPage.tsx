import { skipToken, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  errorMessage,
  useProgrammeFrameworks,
  useRegionSearch,
  type ActivityType,
  type Indicator,
  type ReportCompare,
  type ReportRows,
  type SavedReportFieldsFragment,
} from '@jangkau/web-data-access';
import { ACTIVITY_TYPES, PeriodPicker, ProgrammeFilterSelect, resolvePeriod } from '@jangkau/web-filters';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState, QueryState, RegionCombobox } from '@jangkau/web-ui';
import { ReportQuery } from '../graphql/report.query';
import { StandardReportsQuery } from '../graphql/standardReports.query';
import { COMPARES, definitionOf, INDICATORS, ROW_KINDS, useReportParams, type ReportDefinitionParams } from '../hooks/useReportParams';
import { ExportButtons } from './ExportButtons';
import { ReportView } from './ReportView';
import { SavedReports } from './SavedReports';

/** /laporan: the standard reports in one click, a report builder, and the report the URL names. */
export function ReportPage() {
  const { t } = useTranslation();
  const { definition, input, setDefinition } = useReportParams();
  const standard = useQuery(StandardReportsQuery);
  const report = useQuery(ReportQuery, input ? { variables: { input } } : skipToken);

  return (
    <section className="report-page">
      <h1>{t('report.title')}</h1>
      <p className="muted">{t('report.intro')}</p>

      <section aria-labelledby="standard-reports">
        <h2 id="standard-reports">{t('report.standard.title')}</h2>
        <QueryState
          loading={standard.loading}
          error={standard.error}
          data={standard.data}
          describeError={(e) => errorMessage(e, t)}
          onRetry={() => void standard.refetch()}
          loadingLabel={t('report.standard.loading')}
          loadingRows={2}
          errorTitle={t('report.error')}
          errorHidesData
        >
          {() => (
            <ul className="report-cards">
              {standard.data?.standardReports.map((card) => (
                <li key={card.key} className="report-card">
                  <h3>{card.title}</h3>
                  <p className="muted">{card.description}</p>
                  {/* The server's words (in the reader's language) when it cannot be drawn up now: no framework in force. */}
                  {card.unavailable && (
                    <p className="notice small" role="status">
                      {card.unavailable}
                    </p>
                  )}
                  <button
                    type="button"
                    className="button"
                    aria-label={`${t('report.standard.run')}: ${card.title}`}
                    // The period chosen on this page wins over the card's "now", so last year's recap is one click too.
                    onClick={() => setDefinition(standardDefinition(card.input, definition.periode))}
                  >
                    {t('report.standard.run')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>

      <ReportBuilder key={JSON.stringify(definition)} definition={definition} onSubmit={setDefinition} />

      {input && (definition.hideEmptyRows != null || (report.data ?? report.previousData)?.report) && (
        // Kept in the URL with the rest of the report (kosong=…); absent, the API's default, which its answer gives
        // (so it shows once a report has answered). Outside the loading state: it stays put while the report reruns.
        <label className="field--inline">
          <input
            type="checkbox"
            checked={definition.hideEmptyRows ?? (report.data ?? report.previousData)?.report?.hideEmptyRows ?? false}
            onChange={(e) => setDefinition({ ...definition, hideEmptyRows: e.target.checked })}
          />
          {t('report.shape.hideEmpty')}
        </label>
      )}
      {input && (
        <QueryState
          loading={report.loading}
          error={report.error}
          data={report.data}
          describeError={(e) => errorMessage(e, t)}
          onRetry={() => void report.refetch()}
          loadingLabel={t('report.loading')}
          errorTitle={t('report.error')}
          errorHidesData
          isEmpty={(d) => !d.report}
          empty={<EmptyState title={t('report.notFound')} />}
        >
          {({ report: shown }) =>
            shown && (
              <>
                <ExportButtons source={{ input }} fileName={shown.title} />
                <ReportView report={shown} input={input} />
              </>
            )
          }
        </QueryState>
      )}

      <SavedReports input={input} />
    </section>
  );
}

function ReportBuilder({ definition, onSubmit }: { definition: ReportDefinitionParams; onSubmit: (definition: ReportDefinitionParams) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ReportDefinitionParams>(() => ({ ...definition, rows: definition.rows ?? 'KABUPATEN_KOTA' }));
  const [regionText, setRegionText] = useState('');
  const search = useRegionSearch(regionText);
  const frameworks = useProgrammeFrameworks();
  const period = resolvePeriod(draft.periode, draft.dari ?? null, draft.sampai ?? null);
  const [missing, setMissing] = useState(false);
  const toggle = (indicator: Indicator) =>
    setDraft((d) => ({
      ...d,
      indicators: d.indicators.includes(indicator) ? d.indicators.filter((i) => i !== indicator) : INDICATORS.filter((i) => i === indicator || d.indicators.includes(i)),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.indicators.length === 0) return setMissing(true);
    // A built report is no longer the standard one: its extra columns belong to the standard definition.
    onSubmit({ ...draft, standard: sameAs(draft, definition) ? definition.standard : null });
  };
  return (
    <form className="form form--panel" aria-labelledby="report-builder" onSubmit={submit}>
      <h2 id="report-builder">{t('report.builder.title')}</h2>
      <label className="field">
        <span>{t('report.builder.rows')}</span>
        <select value={draft.rows ?? ''} onChange={(e) => setDraft((d) => ({ ...d, rows: e.target.value as ReportRows }))}>
          {ROW_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`report.rows.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {draft.withinRegion ? (
        <div className="field">
          <span>{t('report.builder.within')}</span>
          <ul className="chips">
            <li className="chip">
              <span>{draft.withinRegion}</span>
              <button type="button" aria-label={t('report.builder.removeRegion')} onClick={() => setDraft((d) => ({ ...d, withinRegion: null }))}>
                ×
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <div className="field">
          <RegionCombobox
            label={t('report.builder.within')}
            text={regionText}
            onTextChange={setRegionText}
            search={search}
            onChoose={(region) => {
              setRegionText('');
              setDraft((d) => ({ ...d, withinRegion: region.code }));
            }}
          />
        </div>
      )}
      <PeriodPicker label={t('report.builder.period')} period={period} onChange={({ periode, dari = null, sampai = null }) => setDraft((d) => ({ ...d, periode, dari, sampai }))} />
      <fieldset className="field">
        <legend>{t('report.builder.indicators')}</legend>
        {INDICATORS.map((indicator) => (
          <label key={indicator} className="field--inline">
            <input type="checkbox" checked={draft.indicators.includes(indicator)} onChange={() => toggle(indicator)} />
            {t(`dashboard.targets.indicator.${indicator}`)}
          </label>
        ))}
        {missing && draft.indicators.length === 0 && <small className="form__error">{t('report.builder.needIndicator')}</small>}
      </fieldset>
      <label className="field--inline">
        <input type="checkbox" checked={draft.withTargets ?? false} onChange={(e) => setDraft((d) => ({ ...d, withTargets: e.target.checked || null }))} />
        {t('report.builder.withTargets')}
      </label>
      <label className="field--inline">
        <input type="checkbox" checked={draft.withConfirmation ?? false} onChange={(e) => setDraft((d) => ({ ...d, withConfirmation: e.target.checked || null }))} />
        {t('report.builder.withConfirmation')}
      </label>
      <ProgrammeFilterSelect
        frameworks={frameworks}
        from={period.from}
        to={period.to}
        value={draft.programmeItemId ?? ''}
        onChange={(id) => setDraft((d) => ({ ...d, programmeItemId: id || null }))}
      />
      <label className="field">
        <span>{t('report.builder.type')}</span>
        <select value={draft.type ?? ''} onChange={(e) => setDraft((d) => ({ ...d, type: (e.target.value || null) as ActivityType | null }))}>
          <option value="">{t('report.builder.allTypes')}</option>
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`activity.type.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('report.builder.compare')}</span>
        <select value={draft.compare} onChange={(e) => setDraft((d) => ({ ...d, compare: e.target.value as ReportCompare }))}>
          {COMPARES.map((compare) => (
            <option key={compare} value={compare}>
              {t(`report.compare.${compare}`)}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit" className="button">
          {t('report.builder.run')}
        </button>
      </div>
    </form>
  );
}

function sameAs(a: ReportDefinitionParams, b: ReportDefinitionParams): boolean {
  return (
    a.rows === b.rows && (a.type ?? null) === (b.type ?? null) && a.indicators.join() === b.indicators.join() && a.withinRegion === b.withinRegion && a.programmeItemId === b.programmeItemId
  );
}

/**
 * A standard card's definition, run over the period chosen on this page when there is one. Capaian Program
 * Akselerasi follows item 8 of the framework of the period it runs over: for another period than the card's own
 * it goes without an item, and the server takes item 8 of that period's framework (or says there is none).
 */
function standardDefinition(input: SavedReportFieldsFragment['input'], periode: string | null): ReportDefinitionParams {
  const definition = definitionOf(input, periode);
  const other = periode !== null && resolvePeriod(periode).key !== input.period;
  return input.standard === 'CAPAIAN_AKSELERASI' && other ? { ...definition, programmeItemId: null } : definition;
}
