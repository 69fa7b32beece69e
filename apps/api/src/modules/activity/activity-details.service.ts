import { CoOrganiserStatus } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import * as repo from './activity-details.repository';
import { followUpsOfActivities } from './follow-up.repository';

/**
 * What lies under many activities at once (villages, participants, organisers, topics, follow-ups, history…), one
 * query per list whatever the number of activities: the per-request DataLoaders (graphql/loaders.ts) batch through
 * these. Plus the facts the workflow checks against: the caller's invitations and the agencies' active heads.
 */
@Injectable()
export class ActivityDetails {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async villagesOf(activityIds: readonly string[]) {
    return repo.villagesOf(this.dataSource, activityIds);
  }

  async participantsOf(activityIds: readonly string[]) {
    return repo.participantsOf(this.dataSource, activityIds);
  }

  /** Attendance attributed to regions, with each region's name and level. */
  async attendanceOf(activityIds: readonly string[]) {
    return repo.attendanceOf(this.dataSource, activityIds);
  }

  async coOrganisersOf(activityIds: readonly string[]) {
    return repo.coOrganisersOf(this.dataSource, activityIds);
  }

  async agencyRefs(ids: readonly string[]) {
    return repo.agencyRefs(this.dataSource, ids);
  }

  async topicsOf(activityIds: readonly string[]) {
    return repo.topicsOf(this.dataSource, activityIds);
  }

  async programmeItemsOf(activityIds: readonly string[]) {
    return repo.programmeItemsOf(this.dataSource, activityIds);
  }

  async followUpsOf(activityIds: readonly string[]) {
    return followUpsOfActivities(this.dataSource, activityIds);
  }

  /**
   * Audit entries about the activities, their follow-ups and the evidence files they hold, oldest first; each part
   * is an indexed lookup on (entity, entity_id). A removed file's entries stay in the audit log, not on the page.
   */
  async historyOf(activityIds: readonly string[]) {
    return repo.historyOf(this.dataSource, activityIds);
  }

  /**
   * The caller's agency's invitation status on each activity (absent: not a co-organiser). Inside a transaction
   * pass its manager: a second pool connection taken while the activity's row is locked could wait forever.
   */
  async invitationsOf(caller: Caller, activityIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CoOrganiserStatus>> {
    const rows = await repo.invitationsOf(manager, caller.agencyId, activityIds.filter(isUuid));
    return new Map(rows.map((r) => [r.activityId, r.status]));
  }

  /** The caller's invitation on one activity, through the given transaction; null when not invited. */
  async invitationOf(manager: EntityManager, caller: Caller, activityId: string): Promise<CoOrganiserStatus | null> {
    return (await this.invitationsOf(caller, [activityId], manager)).get(activityId) ?? null;
  }

  /**
   * The active heads of each agency (id and name), for separation of duties, the names of who will verify and
   * the "no active head" warnings.
   */
  async activeHeadsOf(agencyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, { id: string; fullName: string }[]>> {
    const rows = await repo.activeHeadsOf(manager, agencyIds.filter(isUuid));
    const byAgency = new Map<string, { id: string; fullName: string }[]>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), { id: row.id, fullName: row.fullName }]);
    return byAgency;
  }
}
