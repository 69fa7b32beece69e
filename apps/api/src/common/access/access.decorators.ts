import { Permission } from '@jangkau/shared-domain';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'jangkau:access';

/** What an operation declares about who may call it. Operations that declare nothing are refused. */
export type AccessRule =
  | { kind: 'public'; reason: string }
  /** Any signed-in user; `duringPasswordChange` also while a new password is still owed. */
  | { kind: 'signedIn'; duringPasswordChange: boolean }
  | { kind: 'permission'; permission: Permission };

/**
 * Anyone may call this, signed in or not. Say why: public operations are few and deliberate
 * (e.g. "regions are public reference data").
 */
export const Public = (reason: string) => SetMetadata(ACCESS_METADATA, { kind: 'public', reason } satisfies AccessRule);

/** Any signed-in user, for operations on oneself (me, change password, sign out). */
export const SignedIn = (options: { duringPasswordChange?: boolean } = {}) =>
  SetMetadata(ACCESS_METADATA, { kind: 'signedIn', duringPasswordChange: options.duringPasswordChange ?? false } satisfies AccessRule);

/** Signed-in users whose role holds the permission; rows are then scoped by the caller's scope. */
export const Allow = (permission: Permission) => SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies AccessRule);
