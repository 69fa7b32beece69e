import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../../common/access/caller';
import { isUuid } from '../../../common/uuid';
import { ActivityQueries } from '../activity-queries.service';
import { ActivityFilter } from '../dto/activity.input';
import { describeFilter } from './export.filter';
import { filterNames } from './export.repository';

/** The words around an export's rows: its filter named, not as ids (an agency only when the caller may see it). */
@Injectable()
export class ActivityExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly activities: ActivityQueries,
  ) {}

  async filterInWords(caller: Caller, filter: ActivityFilter): Promise<string> {
    const names = await filterNames(this.dataSource, caller, {
      agencyId: filter.agencyId && isUuid(filter.agencyId) ? filter.agencyId : null,
      regionCode: filter.regionCode?.trim() ?? null,
      programmeItemId: filter.programmeItemId && isUuid(filter.programmeItemId) ? filter.programmeItemId : null,
      topicId: filter.topicId && isUuid(filter.topicId) ? filter.topicId : null,
    });
    return describeFilter(filter, {
      agency: names.agency ?? undefined,
      region: names.region ?? undefined,
      programmeItem: names.programmeItem ?? undefined,
      topic: names.topic ?? undefined,
    });
  }
}
