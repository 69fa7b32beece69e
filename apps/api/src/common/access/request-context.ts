import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { Caller } from './caller';

/** What the access guard learned about a request; set once, read by resolvers. */
export interface RequestState {
  caller?: Caller | null;
  callerLookup?: Promise<Caller | null>;
  requestId?: string;
}

export type JangkauRequest = Request & { jangkau?: RequestState };

export function requestOf(context: ExecutionContext): JangkauRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: JangkauRequest }>().req;
  return context.switchToHttp().getRequest<JangkauRequest>();
}

/** The signed-in caller (the guard has already refused requests that need one and have none). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = requestOf(context).jangkau?.caller;
  if (!caller) throw new Error('CurrentCaller used on an operation that does not require signing in');
  return caller;
});

/** Who and which request, for audit entries. */
export const AuditFrom = createParamDecorator((operation: string, context: ExecutionContext) => {
  const state = requestOf(context).jangkau;
  return { caller: state?.caller ?? null, requestId: state?.requestId ?? null, operation };
});
