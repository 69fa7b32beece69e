import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../../../common/access/caller';
import { agencyVisible } from '../../../common/access/scoped-sql';
import { isUuid } from '../../../common/uuid';
import { ActivityQueries } from '../activity-queries.service';
import { ActivityFilter } from '../dto/activity.input';
import { describeFilter } from './export.filter';

/** The words around an export's rows: its filter named, not as ids (an agency only when the caller may see it). */
@Injectable()
export class ActivityExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly activities: ActivityQueries,
  ) {}

  async filterInWords(caller: Caller, filter: ActivityFilter): Promise<string> {
    const params: unknown[] = [
      filter.agencyId && isUuid(filter.agencyId) ? filter.agencyId : null,
      filter.regionCode?.trim() ?? null,
      filter.programmeItemId && isUuid(filter.programmeItemId) ? filter.programmeItemId : null,
      filter.topicId && isUuid(filter.topicId) ? filter.topicId : null,
    ];
    const visible = agencyVisible(caller, 'g', params).sql;
    const [names] = await this.dataSource.query(
      `SELECT (SELECT g.name FROM agencies g WHERE g.id = $1 AND ${visible}) AS agency,
              (SELECT name FROM regions WHERE code = $2) AS region,
              (SELECT 'butir ' || number || ' ' || title FROM programme_items WHERE id = $3) AS "programmeItem",
              (SELECT name FROM topics WHERE id = $4) AS topic`,
      params,
    );
    return describeFilter(filter, {
      agency: names.agency ?? undefined,
      region: names.region ?? undefined,
      programmeItem: names.programmeItem ?? undefined,
      topic: names.topic ?? undefined,
    });
  }
}
