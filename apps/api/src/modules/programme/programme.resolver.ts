import { Indicator, Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import { GraphQLDate } from '../../graphql/date.scalar';
import type { AuditContext } from '../audit/audit.service';
import { ProgrammeFrameworkInput, ProgrammeItemInput } from './dto/programme.input';
import { ProgrammeFramework, ProgrammeItem } from './models/programme.model';
import { ProgrammeService } from './programme.service';

type Ctx = AuditContext & { caller: Caller };

@Resolver(() => ProgrammeFramework)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [ProgrammeFramework], {
    description:
      'Programme frameworks with their items, newest first. activeOn: only those in force on that date (an activity on that day may name their ' +
      'items); from and to (together): only those whose validity overlaps the period. An empty list means no framework applies.',
  })
  programmeFrameworks(
    @Args('activeOn', { type: () => GraphQLDate, nullable: true }) activeOn?: string | null,
    @Args('from', { type: () => GraphQLDate, nullable: true }) from?: string | null,
    @Args('to', { type: () => GraphQLDate, nullable: true }) to?: string | null,
  ): Promise<ProgrammeFramework[]> {
    return this.service.applicable({ activeOn, from, to });
  }

  @Allow(Permission.REFERENCE_MANAGE)
  @Mutation(() => ProgrammeFramework)
  createProgrammeFramework(@AuditFrom('createProgrammeFramework') context: Ctx, @Args('input') input: ProgrammeFrameworkInput): Promise<ProgrammeFramework> {
    return this.service.createFramework(context, input);
  }

  @Allow(Permission.REFERENCE_MANAGE)
  @Mutation(() => ProgrammeFramework, { description: 'Send the version you read; a newer one in the database is a conflict, not an overwrite.' })
  updateProgrammeFramework(
    @AuditFrom('updateProgrammeFramework') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ProgrammeFrameworkInput,
  ): Promise<ProgrammeFramework> {
    return this.service.updateFramework(context, id, version, input);
  }

  @Allow(Permission.REFERENCE_MANAGE)
  @Mutation(() => ProgrammeItem)
  createProgrammeItem(
    @AuditFrom('createProgrammeItem') context: Ctx,
    @Args('frameworkId', { type: () => ID }) frameworkId: string,
    @Args('input') input: ProgrammeItemInput,
  ): Promise<ProgrammeItem> {
    return this.service.createItem(context, frameworkId, input);
  }

  @Allow(Permission.REFERENCE_MANAGE)
  @Mutation(() => ProgrammeItem, { description: 'Send the version you read; a newer one in the database is a conflict, not an overwrite.' })
  updateProgrammeItem(
    @AuditFrom('updateProgrammeItem') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ProgrammeItemInput,
  ): Promise<ProgrammeItem> {
    return this.service.updateItem(context, id, version, input);
  }
}

/** An item named anywhere (a framework, an activity, a target) reads the same: its indicators and version come along. */
@Resolver(() => ProgrammeItem)
export class ProgrammeItemResolver {
  @ResolveField(() => [Indicator], { description: 'What the item is measured by (empty until an administrator enters it).' })
  async indicators(@Parent() item: ProgrammeItem, @Context() { loaders }: GraphqlContext): Promise<Indicator[]> {
    return item.indicators ?? (await loaders.programmeItemById.load(item.id))?.indicators ?? [];
  }

  @ResolveField(() => Int, { description: 'Send it back with an update; a stale version is refused.' })
  async version(@Parent() item: ProgrammeItem, @Context() { loaders }: GraphqlContext): Promise<number> {
    return item.version ?? (await loaders.programmeItemById.load(item.id))?.version ?? 1;
  }
}
