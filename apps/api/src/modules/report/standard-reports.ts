import { ActivityType, frameworkInForce, frameworksOverlapping, Indicator, localDate, parsePeriod, periodKeysOf } from '@jangkau/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ReportInput, ReportRows, StandardReportKey } from './dto/report.input';
import { ReportError, ReportErrorCode } from './report.errors';
import { REPORT_WORDS } from './report-words';
import { frameworksWithItem } from './report.repository';

/** The Capaian report's title in both languages, as its errors name it ({report}, {reportEn}). */
export function capaianTitles(): { report: string; reportEn: string } {
  const key = StandardReportKey.CAPAIAN_AKSELERASI;
  return { report: REPORT_WORDS.id.standard[key].title, reportEn: REPORT_WORDS.en.standard[key].title };
}

/** The months "not recently reached" looks back from the end of the period (or today, in a running period). */
export const STALE_MONTHS = 6;

/** The day "not reached in the last STALE_MONTHS" is counted back from: the period's end, or today while it runs. */
export function unreachedAsOf(to: string, now = new Date()): string {
  const today = localDate(now);
  return today < to ? today : to;
}

/** The programme item "Capaian Program Akselerasi" follows: TPPO and TPPM prevention, item 8 of the 13 Program Akselerasi. */
export const CAPAIAN_ITEM_NUMBER = 8;

/**
 * Item 8 of the framework that applies to the period from–to (the shared rule): the one in force on today's date
 * within the period (its last day for a past period, its first for a future one), else the newest whose validity
 * overlaps the period. Never an older framework's item for a period that framework does not cover: when none
 * applies, or the one that applies has no item 8 yet, the reason, as the error the report is refused with.
 */
export async function capaianItem(source: DataSource | EntityManager, from: string, to: string, today: string): Promise<{ id: string } | ReportError> {
  const frameworks = await frameworksWithItem(source, CAPAIAN_ITEM_NUMBER);
  const report = capaianTitles();
  const overlapping = frameworksOverlapping(frameworks, from, to);
  const day = today < from ? from : today > to ? to : today;
  const framework = frameworkInForce(overlapping, day) ?? overlapping[0];
  if (!framework) return new ReportError(ReportErrorCode.NO_FRAMEWORK_IN_FORCE, { from, to, ...report }, 'programmeItemId');
  if (!framework.itemId) return new ReportError(ReportErrorCode.FRAMEWORK_WITHOUT_ITEM, { from, to, ...report, framework: framework.name, number: CAPAIAN_ITEM_NUMBER }, 'programmeItemId');
  return { id: framework.itemId };
}

/**
 * The input a standard report runs, as of `now` (this quarter or year in WIB; item 8 of the framework in force),
 * and why it cannot run now when it cannot (no framework in force this quarter): said, not hidden behind an empty
 * report or an older framework's item.
 */
export async function standardRun(dataSource: DataSource, key: StandardReportKey, now = new Date()): Promise<{ input: ReportInput; unavailable: ReportError | null }> {
  const today = localDate(now);
  const year = parsePeriod(today.slice(0, 4))!.key;
  const input = (rest: Omit<ReportInput, 'standard'>) => ({ input: { standard: key, ...rest }, unavailable: null });
  switch (key) {
    case StandardReportKey.CAPAIAN_AKSELERASI: {
      const quarter = parsePeriod(periodKeysOf(today)[1])!;
      const item = await capaianItem(dataSource, quarter.from, quarter.to, today);
      return {
        input: {
          standard: key,
          rows: ReportRows.KANTOR_IMIGRASI,
          period: quarter.key,
          programmeItemId: item instanceof ReportError ? null : item.id,
          indicators: [Indicator.ACTIVITIES, Indicator.VILLAGES_REACHED, Indicator.COVERAGE_RATIO, Indicator.PARTICIPANTS, Indicator.OFFICIALS_REACHED],
        },
        unavailable: item instanceof ReportError ? item : null,
      };
    }
    case StandardReportKey.REKAP_SOSIALISASI:
      return input({
        rows: ReportRows.KABUPATEN_KOTA,
        period: year,
        type: ActivityType.SOSIALISASI,
        indicators: [Indicator.ACTIVITIES, Indicator.PARTICIPANTS, Indicator.OFFICIALS_REACHED, Indicator.VILLAGES_REACHED],
        // 514 kabupaten/kota, most without a sosialisasi: only those with one (the file says how many are left out).
        // Run within a region, every kabupaten/kota of it is listed unless this is changed.
        hideEmptyRows: null,
      });
    case StandardReportKey.BELUM_TERJANGKAU:
      return input({ rows: ReportRows.KANTOR_IMIGRASI, period: year, indicators: [Indicator.VILLAGES_REACHED, Indicator.COVERAGE_RATIO] });
    case StandardReportKey.DESA_BINAAN:
      return input({ rows: ReportRows.KANTOR_IMIGRASI, period: year, indicators: [Indicator.DESA_BINAAN_FORMED, Indicator.ACTIVITIES] });
  }
}
