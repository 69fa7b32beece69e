import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'jangkau:access';

/** What an operation declares about who may call it. Operations that declare nothing are refused. */
export type AccessRule = { kind: 'public'; reason: string };

/**
 * Anyone may call this, signed in or not. Say why: public operations are few and deliberate
 * (e.g. "regions are public reference data").
 */
export const Public = (reason: string) => SetMetadata(ACCESS_METADATA, { kind: 'public', reason } satisfies AccessRule);
