import { ActivityType, Indicator } from '@jangkau/shared-domain';
import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../../graphql/date.scalar';

export enum ReportRows {
  PROVINSI = 'PROVINSI',
  KABUPATEN_KOTA = 'KABUPATEN_KOTA',
  KECAMATAN = 'KECAMATAN',
  KANTOR_IMIGRASI = 'KANTOR_IMIGRASI',
  KANWIL = 'KANWIL',
  DINAS = 'DINAS',
}
registerEnumType(ReportRows, {
  name: 'ReportRows',
  description:
    'What each report row is: regions at one level (those the caller may see), or agencies of one type (those the caller may see, ' +
    'each over its working area, counting only the agency’s own contribution: activities it led or co-organised).',
});

export enum ReportCompare {
  NONE = 'NONE',
  PREVIOUS_PERIOD = 'PREVIOUS_PERIOD',
  SAME_PERIOD_LAST_YEAR = 'SAME_PERIOD_LAST_YEAR',
}
registerEnumType(ReportCompare, { name: 'ReportCompare' });

export enum StandardReportKey {
  CAPAIAN_AKSELERASI = 'CAPAIAN_AKSELERASI',
  REKAP_SOSIALISASI = 'REKAP_SOSIALISASI',
  BELUM_TERJANGKAU = 'BELUM_TERJANGKAU',
  DESA_BINAAN = 'DESA_BINAAN',
}
registerEnumType(StandardReportKey, { name: 'StandardReportKey', description: 'The standard reports (Query.standardReports gives each one’s input).' });

@InputType({ description: 'Rows × indicators × period, optionally filtered and compared with an earlier period.' })
export class ReportInput {
  @Field(() => ReportRows) rows!: ReportRows;
  @Field(() => ID, { nullable: true, description: 'Only rows (and figures) under this region.' }) withinRegion?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'With `to`; or give `period`.' }) from?: string | null;
  @Field(() => GraphQLDate, { nullable: true }) to?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'A period instead of from/to: "2025", "2025-Q2", "2025-S1", "2025-06", or as people write it ("Triwulan II 2025", "Des 2025", ' +
      '"1 Jan – 15 Mar 2025"). Anything else is refused with COVERAGE_PERIOD_INVALID, never read as a default period.',
  })
  period?: string | null;
  @Field(() => [Indicator]) indicators!: Indicator[];
  @Field(() => ID, { nullable: true }) programmeItemId?: string | null;
  @Field(() => ActivityType, { nullable: true }) type?: ActivityType | null;
  @Field(() => ReportCompare, { nullable: true, defaultValue: ReportCompare.NONE }) compare?: ReportCompare | null;
  @Field(() => StandardReportKey, {
    nullable: true,
    description: 'A standard report: its title, and its extra row figures (BELUM_TERJANGKAU: villages never / not recently reached; DESA_BINAAN: designations and activity in them).',
  })
  standard?: StandardReportKey | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Agency rows: target, achieved, progress and pacing columns for every indicator, empty where no target is set for exactly the period ' + '(CAPAIAN_AKSELERASI always has them).',
  })
  withTargets?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Each row’s villages reached split by their own government’s answer (ReportRow.villagesConfirmed, villagesDisputed, villagesUnanswered), ' +
      'counted as Query.confirmationShare counts them: the three add up to the row’s villages reached.',
  })
  withConfirmation?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Leave out rows with no activity in the period (every figure 0, in the comparison period too; no target, no Desa Binaan, no ' +
      'unreached villages). null: on for a national report (no withinRegion, and the caller sees the whole country), off otherwise. ' +
      'The total still covers every row; Report.emptyRowsHidden says how many were left out.',
  })
  hideEmptyRows?: boolean | null;
}
