import { group } from '@jangkau/shared-domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonError, CommonErrorCode } from '../errors/common.errors';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { AuthError, AuthErrorCode } from './auth.errors';
import { Caller } from './caller';
import { CallerResolver } from './caller-resolver';
import { JangkauRequest, requestOf } from './request-context';

/**
 * Deny by default: every query, mutation and HTTP route must declare its access rule (a test fails on any that
 * does not); one that declares nothing is refused at run time too. The caller behind a Bearer token is resolved
 * once per request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) throw new CommonError(CommonErrorCode.ACCESS_DENIED);
    const req = requestOf(context);
    if (rule.kind === 'public') {
      // A public operation still knows its caller when there is a valid one; a bad token is no reason to refuse it.
      await this.caller(req).catch(() => null);
      return true;
    }
    const caller = await this.caller(req);
    if (!caller) throw new AuthError(AuthErrorCode.SIGN_IN_REQUIRED);
    const passwordChangeAllowed = rule.kind === 'signedIn' && rule.duringPasswordChange;
    if (caller.mustChangePassword && !passwordChangeAllowed) throw new AuthError(AuthErrorCode.PASSWORD_CHANGE_REQUIRED);
    if (rule.kind === 'permission' && !caller.permissions.includes(rule.permission)) throw new CommonError(CommonErrorCode.ACCESS_DENIED);
    return true;
  }

  /** Resolved once per request (a GraphQL request may run several guarded operations). */
  private async caller(req: JangkauRequest): Promise<Caller | null> {
    req.jangkau ??= {};
    req.jangkau.callerLookup ??= this.resolve(req.headers?.authorization);
    req.jangkau.caller = await req.jangkau.callerLookup;
    return req.jangkau.caller;
  }

  private async resolve(header: string | undefined): Promise<Caller | null> {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    return match ? this.auth.callerFromToken(group(match, 1)) : null;
  }
}
