import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReportScheduleFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}
registerEnumType(ReportScheduleFrequency, {
  name: 'ReportScheduleFrequency',
  description: 'MONTHLY: on the 1st of each month (07.00 WIB), the month before. QUARTERLY: on 1 January, April, July and October, the quarter before.',
});

export enum ReportScheduleFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(ReportScheduleFormat, { name: 'ReportScheduleFormat' });

@ObjectType({ description: 'A person a scheduled report goes to.' })
export class ReportScheduleRecipient {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() fullName!: string;
}

@ObjectType({ description: 'A saved report sent by e-mail each month or quarter; every recipient gets the figures of their own rights.' })
export class ReportSchedule {
  @Field(() => ID) id!: string;
  @Field(() => ID) savedReportId!: string;
  @Field(() => ReportScheduleFrequency) frequency!: ReportScheduleFrequency;
  @Field(() => ReportScheduleFormat) format!: ReportScheduleFormat;
  @Field(() => [ReportScheduleRecipient]) recipients!: ReportScheduleRecipient[];
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@InputType()
export class ReportScheduleInput {
  @Field(() => ReportScheduleFrequency) frequency!: ReportScheduleFrequency;
  @Field(() => ReportScheduleFormat) format!: ReportScheduleFormat;
  @Field(() => [String], { description: 'Usernames or e-mail addresses of Jangkau users (1 to 20).' }) recipients!: string[];
  @Field({ defaultValue: true }) active!: boolean;
}
