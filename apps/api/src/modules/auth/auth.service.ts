import { AgencyType, at, checkPassword, Role } from '@jangkau/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthError, AuthErrorCode } from '../../common/access/auth.errors';
import { Caller, permissionsFor, scopeFor } from '../../common/access/caller';
import { CallerCache, CallerSession } from '../../common/access/caller-cache';
import { endSessions } from '../../common/access/end-sessions';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../common/access/password-hasher';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditContext, AuditService } from '../audit/audit.service';
import { UserEntity } from '../user/user.entity';
import { issueAccessToken, verifyAccessToken } from './access-token';
import {
  agencyActive,
  callerRow,
  clearCounter,
  countAttempts,
  forgiveOneFailure,
  insertRefreshToken,
  lockCounters,
  lockPresentedToken,
  lockUnusedToken,
  markReplaced,
  revokeFamily,
  revokeFamilyOfToken,
  revokeToken,
  setPassword,
} from './auth.repository';
import { JWT_SECRET } from './auth.tokens';
import { issueDeviceToken, verifyDeviceToken } from './device-token';

/**
 * Failed sign-ins allowed per account (from unknown devices), per address, and per known device, within the window
 * before signing in is paused for that counter.
 */
export const THROTTLE = { perAccount: 5, perAddress: 20, windowMinutes: 15, lockMinutes: 15, delayStepMs: 250, maxDelayMs: 2000 };

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  userId: string;
  /** Only from a sign-in with the password: the browser keeps it and sends it with its next sign-in. */
  deviceToken?: string;
}

/** One sign-in counter: `user:<id>` or `name:<name>` (an account), `ip:<address>`, `device:<id>` (a known device). */
interface Counter {
  key: string;
  limit: number;
}

const counterKind = (key: string) => (key.startsWith('ip:') ? 'address' : key.startsWith('device:') ? 'device' : 'account');

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** How long a spent refresh token may be presented again because its reply was lost (see AuthService.refresh). */
export const REFRESH_GRACE_SECONDS = 60;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JWT_SECRET) private readonly secret: string,
    private readonly audit: AuditService,
    private readonly callers: CallerCache,
  ) {}

  /**
   * The person behind an access token, with agency and scope, or why there is none. The token names its session
   * (`sid`, the refresh-token family): a session that has ended (signed out, revoked, the person or agency
   * deactivated) refuses its access tokens at once, as does a token that names none (issued before sessions were
   * named: the web app refreshes and carries on). Live sessions come from the CallerCache (no database read).
   */
  async callerFromToken(token: string): Promise<Caller> {
    const claims = verifyAccessToken(token, this.secret);
    if (claims === 'EXPIRED') throw new AuthError(AuthErrorCode.SESSION_EXPIRED);
    // A signed token whose subject is no user id (a leaked or mis-configured secret) is no sign-in either; the
    // check keeps it from reaching SQL as a uuid parameter.
    if (typeof claims === 'string' || !isUuid(claims.sub)) throw new AuthError(AuthErrorCode.SIGN_IN_REQUIRED);
    const sessionId = claims.sid;
    if (sessionId === undefined || !isUuid(sessionId)) throw new AuthError(AuthErrorCode.SESSION_EXPIRED);
    const session = await this.callers.resolve(claims.sub, sessionId, () => this.loadSession(claims.sub, sessionId));
    if (!session || session.tokenVersion !== claims.tv) throw new AuthError(AuthErrorCode.SESSION_EXPIRED);
    return session.caller;
  }

  /** The caller of a live session, in one query: null when the session, the person or their agency has ended. */
  async loadSession(userId: string, sessionId: string): Promise<CallerSession | null> {
    return this.loadCaller(userId, this.dataSource.manager, sessionId);
  }

  async loadCaller(userId: string, manager: EntityManager = this.dataSource.manager, sessionId?: string): Promise<CallerSession | null> {
    // With a session: only while one of its refresh tokens is unrevoked (rotation keeps one; sign-out and reuse end all).
    const row = await callerRow(manager, userId, sessionId);
    if (!row) return null;
    const role = row.role as Role;
    return {
      tokenVersion: row.token_version,
      caller: {
        userId: row.id,
        username: row.username,
        fullName: row.full_name,
        role,
        agencyId: row.agency_id,
        agencyParentId: row.parent_id,
        agencyType: row.agency_type as AgencyType,
        mustChangePassword: row.must_change_password,
        permissions: permissionsFor(role),
        scope: scopeFor(role, row.agency_type, row.working_area),
      },
    };
  }

  /**
   * Username or email plus password. Every failure costs the same time and says the same thing, whether the
   * account exists or not. Attempts are counted before the password is checked, atomically, so a burst of
   * parallel guesses cannot slip past the limit; failures are slowed, and at the limit signing in is paused.
   *
   * Counting follows OWASP's device-cookie pattern. An unknown device is counted per account (however it was
   * named) and per address: guesses from many addresses against one account are still paused. A device that
   * presents this person's device token (kept by the browser after an earlier sign-in) is counted on its own, so
   * a stranger who paused the account, or the address the person shares, does not keep them out. Per-address
   * counting alone would not do: field officers' phones change addresses (mobile networks, carrier NAT), and an
   * office shares one address with whoever else sits behind it.
   *
   * Each failed check and each pause goes into the audit trail as a security entry (administrators only): the
   * name tried and the address, never the password. Attempts refused during a pause are not written one by one,
   * so a flood cannot grow the (append-only) log faster than the limits allow.
   */
  async login(identifier: string, password: string, address: string, requestId: string | null, deviceToken: string | null = null): Promise<IssuedSession> {
    const name = identifier.trim().toLowerCase().slice(0, 254);
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.username = :name OR u.email = :name', { name }).getOne();
    const device = user ? verifyDeviceToken(deviceToken, user.id, this.secret) : null;
    const counters: Counter[] = device
      ? [{ key: `device:${device}`, limit: THROTTLE.perAccount }]
      : [
          { key: user ? `user:${user.id}` : `name:${name}`, limit: THROTTLE.perAccount },
          { key: `ip:${address}`, limit: THROTTLE.perAddress },
        ];
    const attempt = await this.countAttempt(counters);
    if (attempt.lockedMinutes) throw new AuthError(AuthErrorCode.TOO_MANY_ATTEMPTS, { minutes: attempt.lockedMinutes });

    const agencyIsActive = user ? await agencyActive(this.dataSource, user.agencyId) : undefined;
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active || !agencyIsActive) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(at(attempt.failures, 0, 'failure count') * THROTTLE.delayStepMs, THROTTLE.maxDelayMs)));
      const reached = counters.filter((c, i) => at(attempt.failures, i, 'failure count') >= c.limit).map((c) => c.key);
      const security = { username: name, address, knownDevice: device !== null };
      if (reached.length) {
        await this.lock(reached);
        await this.recordSignIn('loginPaused', requestId, name, { ...security, pausedMinutes: THROTTLE.lockMinutes, pausedFor: reached.map(counterKind) });
        throw new AuthError(AuthErrorCode.TOO_MANY_ATTEMPTS, { minutes: THROTTLE.lockMinutes });
      }
      await this.recordSignIn('loginFailed', requestId, name, security);
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS);
    }

    return this.dataSource.transaction(async (manager) => {
      // A success clears the device's (or, from an unknown device, the account's) count and takes this attempt
      // off the address's. A known device's success leaves the account's count alone: the stranger stays paused.
      await clearCounter(manager, at(counters, 0, 'sign-in counter').key);
      if (counters[1]) await forgiveOneFailure(manager, counters[1].key);
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: () => 'now()' });
      // Each sign-in is its own session in the trail: its refresh-token family, which a sign-out names too.
      const familyId = randomUUID();
      const session = await this.issueSession(manager, user.id, user.tokenVersion, familyId);
      const loaded = await this.loadCaller(user.id, manager);
      await this.audit.record(
        manager,
        { caller: loaded?.caller ?? null, requestId, operation: 'login' },
        { entity: 'Session', entityId: familyId, subjectAgencyId: user.agencyId, before: null, after: { signedIn: true } },
      );
      return { ...session, deviceToken: issueDeviceToken(user.id, this.secret) };
    });
  }

  /**
   * A failed sign-in or a pause, for the administrator's security review. No subject agency: only administrators
   * read it (heads see entries about their agency). Written outside the refused request's work, so it stays.
   */
  private async recordSignIn(operation: 'loginFailed' | 'loginPaused', requestId: string | null, name: string, after: Record<string, unknown>) {
    await this.audit.record(
      this.dataSource.manager,
      { caller: null, requestId, operation },
      { entity: 'SignIn', entityId: name.slice(0, 100) || '-', subjectAgencyId: null, before: null, after },
    );
  }

  /** Counts this attempt for each counter (a new window after the old one lapsed); says whether a pause is on. */
  private async countAttempt(counters: Counter[]): Promise<{ failures: number[]; lockedMinutes: number }> {
    const keys = counters.map((c) => c.key);
    const rows = await countAttempts(this.dataSource, keys, THROTTLE.windowMinutes);
    const failures = keys.map((key) => rows.find((r) => r.key === key)!.failures);
    let lockedMinutes = Math.max(0, ...rows.map((r) => r.minutes ?? 0));
    // Past the limit (parallel guesses counted before any was checked): refused without checking the password.
    if (!lockedMinutes && counters.some((c, i) => at(failures, i, 'failure count') > c.limit)) lockedMinutes = THROTTLE.lockMinutes;
    return { failures, lockedMinutes };
  }

  private async lock(keys: string[]) {
    await lockCounters(this.dataSource, keys, THROTTLE.lockMinutes);
  }

  private async issueSession(manager: EntityManager, userId: string, tokenVersion: number, familyId: string, replacing: string | null = null): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const issuedId = await insertRefreshToken(manager, userId, sha256(refreshToken), familyId, this.config.auth.refreshTokenTtl);
    if (replacing) await markReplaced(manager, replacing, issuedId);
    return {
      accessToken: issueAccessToken(userId, tokenVersion, this.config.auth.accessTokenTtl, this.secret, Date.now(), familyId),
      refreshToken,
      expiresIn: this.config.auth.accessTokenTtl,
      userId,
    };
  }

  /**
   * Rotation: the presented token is spent and a new one issued in its family. A spent token presented again
   * means a copy is in someone else's hands: the whole family is revoked.
   *
   * One exception, for weak networks: a phone whose refresh reached the server but whose reply was lost still holds
   * the spent token. Presented again within REFRESH_GRACE_SECONDS, while the successor issued for it has not been
   * used (nobody refreshed with it), the successor is revoked and a new one issued in its place: the same session
   * goes on. Whoever later presents that displaced successor is treated as a copy (the family ends), as is any
   * spent token outside the window or whose successor was already used.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    return this.dataSource
      .transaction(async (manager) => {
        // The user row is locked too: a password reset or deactivation running now either finishes first (and this
        // refresh sees its revocation) or waits for this one (and revokes the token it issues).
        const token = await lockPresentedToken(manager, sha256(refreshToken), REFRESH_GRACE_SECONDS);
        if (!token) throw new AuthError(AuthErrorCode.REFRESH_INVALID);
        if (token.revoked_at) {
          if (token.replaced_by && token.in_grace && token.active && !token.expired) {
            // The successor still unused (not spent, not revoked): the first reply never arrived.
            const successor = await lockUnusedToken(manager, token.replaced_by);
            if (successor) {
              await revokeToken(manager, successor.id);
              return this.issueSession(manager, token.user_id, token.token_version, token.family_id, token.id);
            }
          }
          await revokeFamily(manager, token.family_id);
          return { revokedFor: token.user_id };
        }
        if (token.expired || !token.active) throw new AuthError(AuthErrorCode.REFRESH_INVALID);
        return this.issueSession(manager, token.user_id, token.token_version, token.family_id, token.id);
      })
      .then((session) => {
        // The family revocation above must commit before the error is raised; its access tokens end with it.
        if ('revokedFor' in session) {
          this.callers.evictUser(session.revokedFor);
          throw new AuthError(AuthErrorCode.REFRESH_INVALID);
        }
        return session;
      });
  }

  /** Signs out this device: its refresh token family is revoked, and with it the session's access tokens. */
  async logout(caller: Caller, refreshToken: string | null, requestId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      let familyId: string | null = null;
      if (refreshToken) {
        familyId = await revokeFamilyOfToken(manager, sha256(refreshToken), caller.userId);
      }
      await this.audit.record(
        manager,
        { caller, requestId, operation: 'logout' },
        // The session signed out (its family), or the person when the device no longer held a live one.
        { entity: 'Session', entityId: familyId ?? caller.userId, subjectAgencyId: caller.agencyId, before: { signedIn: true }, after: { signedIn: false } },
      );
    });
    // The session's access tokens end with it, on this instance at once (the others hear it from the trigger).
    this.callers.evictUser(caller.userId);
  }

  /** A new password: every other session ends (token version bump, refresh tokens revoked); this one continues. */
  async changePassword(caller: Caller, current: string, next: string, context: AuditContext): Promise<IssuedSession> {
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: caller.userId }).getOneOrFail();
    if (!(await verifyPassword(current, user.passwordHash))) throw new AuthError(AuthErrorCode.WRONG_CURRENT_PASSWORD, {}, 'currentPassword');
    const problem = checkPassword(next, user.username);
    if (problem) throw new AuthError(AuthErrorCode.PASSWORD_POLICY, { problem }, 'newPassword');
    // After a reset the administrator knows the temporary password: keeping it would defeat the reset.
    if (await verifyPassword(next, user.passwordHash)) throw new AuthError(AuthErrorCode.PASSWORD_UNCHANGED, {}, 'newPassword');
    const passwordHash = await hashPassword(next);
    const session = await this.dataSource.transaction(async (manager) => {
      await setPassword(manager, user.id, passwordHash);
      await endSessions(manager, { userId: user.id });
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: user.id,
        subjectAgencyId: user.agencyId,
        before: { passwordChanged: false, mustChangePassword: user.mustChangePassword },
        after: { passwordChanged: true, mustChangePassword: false },
      });
      return this.issueSession(manager, user.id, user.tokenVersion + 1, randomUUID());
    });
    this.callers.evictUser(user.id);
    return session;
  }
}
