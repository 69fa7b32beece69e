import { Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../../common/access/access.decorators';
import type { Caller } from '../../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../../common/access/request-context';
import type { GraphqlContext } from '../../../graphql/context';
import type { AuditContext } from '../../audit/audit.service';
import type { ActivityRow } from '../activity.rows';
import { actionsFor } from '../activity.rules';
import { Activity } from '../models/activity.model';
import { ActivityEvidence } from './evidence.model';
import { EvidenceService, evidenceUrl, thumbnailUrl } from './evidence.service';

type Ctx = AuditContext & { caller: Caller };

/** Evidence on activities in GraphQL: listed on the activity, removed by mutation; files travel over /api/evidence. */
@Resolver(() => Activity)
export class ActivityEvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @ResolveField(() => [ActivityEvidence], { description: 'Photos and PDFs (attendance lists, reports), oldest first.' })
  async evidence(@Parent() a: ActivityRow, @CurrentCaller() caller: Caller, @Context() { loaders }: GraphqlContext): Promise<ActivityEvidence[]> {
    const rows = await loaders.activityEvidence.load(a.id);
    if (rows.length === 0) return [];
    const mayChange = actionsFor(caller, a, await loaders.myInvitation.load(a.id)).includes('ADD_EVIDENCE');
    return rows.map((r) => ({ ...r, url: evidenceUrl(r.id), thumbnailUrl: thumbnailUrl(r), removable: mayChange && r.agency.id === caller.agencyId }));
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Mutation(() => Boolean, { description: 'Removes evidence the caller’s agency added, while the activity is still editable; its file is deleted too.' })
  removeActivityEvidence(@AuditFrom('removeActivityEvidence') context: Ctx, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.remove(context, id);
  }
}
