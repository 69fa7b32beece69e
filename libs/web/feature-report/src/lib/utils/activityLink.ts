import type { ReportFieldsFragment, ReportRowFieldsFragment } from '@jangkau/web-data-access';

const REGION_ROWS = ['PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN'];

/**
 * The activity list behind a report row: verified activities of the report's period (whole days in WIB), in the
 * row's region or led/co-organised by the row's office, of the report's type and programme item, in the list's
 * own URL filters. The total row has none.
 */
export function activityLink(report: Pick<ReportFieldsFragment, 'rowKind' | 'from' | 'to' | 'type' | 'programmeItemId'>, row: Pick<ReportRowFieldsFragment, 'key'>): string | null {
  if (row.key === 'TOTAL') return null;
  const params = new URLSearchParams({ status: 'VERIFIED', dari: report.from, sampai: report.to });
  params.set(REGION_ROWS.includes(report.rowKind) ? 'wilayah' : 'instansi', row.key);
  if (report.type) params.set('jenis', report.type);
  if (report.programmeItemId) params.set('butir', report.programmeItemId);
  return `/kegiatan?${params.toString()}`;
}
