import { ActivityType, Indicator, localDate, parsePeriod, periodKeysOf } from '@jangkau/shared-domain';
import { DataSource } from 'typeorm';
import { ReportInput, ReportRows, StandardReportKey } from './dto/report.input';

export const STANDARD_REPORTS: Record<StandardReportKey, { title: string; description: string }> = {
  [StandardReportKey.CAPAIAN_AKSELERASI]: {
    title: 'Capaian Program Akselerasi per Kantor Imigrasi',
    description: 'Setiap kantor imigrasi: kegiatan butir 8 kerangka program yang berlaku pada triwulan ini (WIB), dibandingkan dengan target.',
  },
  [StandardReportKey.REKAP_SOSIALISASI]: {
    title: 'Rekap Sosialisasi per Kabupaten/Kota',
    description: 'Sosialisasi tahun ini per kabupaten/kota: kegiatan, peserta menurut kategori dan jenis kelamin, desa/kelurahan terjangkau.',
  },
  [StandardReportKey.BELUM_TERJANGKAU]: {
    title: 'Desa/Kelurahan Belum Terjangkau',
    description: 'Per wilayah kerja kantor imigrasi: desa/kelurahan yang belum pernah dijangkau, dan yang tidak dijangkau dalam 6 bulan terakhir.',
  },
  [StandardReportKey.DESA_BINAAN]: {
    title: 'Desa Binaan Imigrasi',
    description: 'Per kantor imigrasi: Desa Binaan yang ditetapkan dan kegiatan terverifikasi di desa-desa tersebut tahun ini.',
  },
};

/** The months "not recently reached" looks back from the end of the period. */
export const STALE_MONTHS = 6;

/** The input a standard report runs, as of `now` (this quarter or year in WIB; item 8 of the framework in force). */
export async function standardInput(dataSource: DataSource, key: StandardReportKey, now = new Date()): Promise<ReportInput> {
  const today = localDate(now);
  const year = parsePeriod(today.slice(0, 4))!.key;
  switch (key) {
    case StandardReportKey.CAPAIAN_AKSELERASI: {
      const [item] = await dataSource.query(
        `SELECT i.id FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id
         WHERE i.number = 8 ORDER BY (f.valid_from <= $1 AND f.valid_to >= $1) DESC, f.valid_from DESC LIMIT 1`,
        [today],
      );
      return {
        standard: key,
        rows: ReportRows.KANTOR_IMIGRASI,
        period: periodKeysOf(today)[1],
        programmeItemId: item?.id ?? null,
        indicators: [Indicator.ACTIVITIES, Indicator.VILLAGES_REACHED, Indicator.COVERAGE_RATIO, Indicator.PARTICIPANTS, Indicator.OFFICIALS_REACHED],
      };
    }
    case StandardReportKey.REKAP_SOSIALISASI:
      return {
        standard: key,
        rows: ReportRows.KABUPATEN_KOTA,
        period: year,
        type: ActivityType.SOSIALISASI,
        indicators: [Indicator.ACTIVITIES, Indicator.PARTICIPANTS, Indicator.OFFICIALS_REACHED, Indicator.VILLAGES_REACHED],
      };
    case StandardReportKey.BELUM_TERJANGKAU:
      return { standard: key, rows: ReportRows.KANTOR_IMIGRASI, period: year, indicators: [Indicator.VILLAGES_REACHED, Indicator.COVERAGE_RATIO] };
    case StandardReportKey.DESA_BINAAN:
      return { standard: key, rows: ReportRows.KANTOR_IMIGRASI, period: year, indicators: [Indicator.DESA_BINAAN_FORMED, Indicator.ACTIVITIES] };
  }
}
