import { Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import { Agency } from '../agency/models/agency.model';
import type { AuditContext } from '../audit/audit.service';
import { CreateUserInput, UpdateUserInput } from './dto/user.input';
import { User } from './models/user.model';
import { UserService } from './user.service';

type Ctx = AuditContext & { caller: Caller };

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Allow(Permission.USER_READ)
  @Query(() => [User], { description: 'Admins: everyone; heads: their own agency.' })
  users(
    @CurrentCaller() caller: Caller,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number,
  ): Promise<User[]> {
    return this.service.list(caller, agencyId, first);
  }

  @Allow(Permission.USER_READ)
  @Query(() => User, { nullable: true })
  async user(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<User | null> {
    return (await this.service.findVisible(caller, [id]))[0] ?? null;
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User)
  createUser(@AuditFrom('createUser') context: Ctx, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(context, input);
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User, { description: 'Deactivation, or a change of agency or role, ends every session of the person.' })
  updateUser(
    @AuditFrom('updateUser') context: Ctx,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return this.service.update(context, id, version, input);
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User, { description: 'Sets a temporary password; the person must choose a new one at next sign-in.' })
  resetUserPassword(@AuditFrom('resetUserPassword') context: Ctx, @Args('id', { type: () => ID }) id: string, @Args('temporaryPassword') temporaryPassword: string): Promise<User> {
    return this.service.resetPassword(context, id, temporaryPassword);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() user: User, @Context() { loaders }: GraphqlContext): Promise<Agency | null> {
    return loaders.agencyById.load(user.agencyId);
  }
}
