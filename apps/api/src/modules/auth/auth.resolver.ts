import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../../common/access/access.decorators';
import { AuthError, AuthErrorCode } from '../../common/access/auth.errors';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller, type JangkauRequest } from '../../common/access/request-context';
import type { GraphqlContext } from '../../graphql/context';
import type { AuditContext } from '../audit/audit.service';
import { Session, User } from '../user/models/user.model';
import { UserService } from '../user/user.service';
import { AuthService, IssuedSession } from './auth.service';
import { onlyRow } from '../../database/kysely';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Public('signing in is how a caller gets credentials')
  @Mutation(() => Session, { description: 'Username or email, and password.' })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Context() { req }: GraphqlContext,
    @Args('deviceToken', { type: () => String, nullable: true, description: 'The device token this browser received at its last sign-in, if any.' })
    deviceToken: string | null,
  ): Promise<Session> {
    return this.withUser(await this.auth.login(username, password, req.ip ?? 'unknown', req.jangkau?.requestId ?? null, deviceToken ?? null), req);
  }

  @Public('the refresh token itself is the credential')
  @Mutation(() => Session, { description: 'Trades a refresh token for a new session; the old refresh token is spent.' })
  async refreshSession(@Args('refreshToken') refreshToken: string, @Context() { req }: GraphqlContext): Promise<Session> {
    return this.withUser(await this.auth.refresh(refreshToken), req);
  }

  @SignedIn({ duringPasswordChange: true })
  @Mutation(() => Boolean, { description: 'Ends this device’s session.' })
  async logout(
    @CurrentCaller() caller: Caller,
    @Context() { req }: GraphqlContext,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null,
  ): Promise<boolean> {
    await this.auth.logout(caller, refreshToken, req.jangkau?.requestId ?? null);
    return true;
  }

  @SignedIn({ duringPasswordChange: true })
  @Mutation(() => Session, { description: 'Other sessions of the person end; this one continues with the returned tokens.' })
  async changePassword(
    @CurrentCaller() caller: Caller,
    @AuditFrom('changePassword') context: AuditContext,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() { req }: GraphqlContext,
  ): Promise<Session> {
    return this.withUser(await this.auth.changePassword(caller, currentPassword, newPassword, context), req);
  }

  @SignedIn({ duringPasswordChange: true })
  @Query(() => User, { description: 'The signed-in person.' })
  async me(@CurrentCaller() caller: Caller): Promise<User> {
    return onlyRow(await this.users.findVisible(caller, [caller.userId]), 'signed-in user');
  }

  /** The session with its person; the request now acts as that person, so `user { agency }` resolves. */
  private async withUser(session: IssuedSession, req: JangkauRequest): Promise<Session> {
    const loaded = await this.auth.loadCaller(session.userId);
    if (!loaded) throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS);
    req.jangkau = { ...req.jangkau, caller: loaded.caller };
    const user = onlyRow(await this.users.findVisible(loaded.caller, [session.userId]), 'user of the session');
    return { accessToken: session.accessToken, refreshToken: session.refreshToken, expiresIn: session.expiresIn, deviceToken: session.deviceToken ?? null, user };
  }
}
