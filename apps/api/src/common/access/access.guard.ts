import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonError, CommonErrorCode } from '../errors/common.errors';
import { ACCESS_METADATA, AccessRule } from './access.decorators';

/**
 * Deny by default: every query, mutation and HTTP route must declare its access rule; one that declares nothing
 * is refused at run time, and a test fails on it before that.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'public') return true;
    throw new CommonError(CommonErrorCode.ACCESS_DENIED);
  }
}
