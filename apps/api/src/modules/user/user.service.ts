import { checkPassword } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuthError, AuthErrorCode } from '../../common/access/auth.errors';
import { Caller } from '../../common/access/caller';
import { CallerCache } from '../../common/access/caller-cache';
import { endSessions } from '../../common/access/end-sessions';
import { hashPassword } from '../../common/access/password-hasher';
import { agencyVisible, userVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../../common/uuid';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { CreateUserInput, UpdateUserInput } from './dto/user.input';
import { UserEntity } from './user.entity';
import { UserError, UserErrorCode } from './user.errors';

const COLUMNS = `u.id, u.username, u.email, u.full_name AS "fullName", u.agency_id AS "agencyId", u.role, u.active,
  u.must_change_password AS "mustChangePassword", u.last_login_at AS "lastLoginAt", u.version`;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,59}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

type Context = AuditContext & { caller: Caller };

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly callers: CallerCache,
  ) {}

  async list(caller: Caller, agencyId?: string | null, first = 100): Promise<UserEntity[]> {
    const params: unknown[] = [];
    const where = [userVisible(caller, 'u', params).sql];
    if (agencyId) {
      params.push(isUuid(agencyId) ? agencyId : '00000000-0000-0000-0000-000000000000');
      where.push(`u.agency_id = $${params.length}::uuid`);
    }
    params.push(Math.min(Math.max(first, 1), 500));
    return this.dataSource.query(`SELECT ${COLUMNS} FROM users u WHERE ${where.join(' AND ')} ORDER BY u.username LIMIT $${params.length}`, params);
  }

  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<UserEntity[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    return manager.query(`SELECT ${COLUMNS} FROM users u WHERE u.id = ANY($1::uuid[]) AND ${userVisible(caller, 'u', params).sql}`, params);
  }

  async create(context: Context, input: CreateUserInput): Promise<UserEntity> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) throw new UserError(UserErrorCode.USERNAME_INVALID, {}, 'username');
    const values = await this.validate(context.caller, input);
    const problem = checkPassword(input.temporaryPassword, username);
    if (problem) throw new AuthError(AuthErrorCode.PASSWORD_POLICY, { problem }, 'temporaryPassword');
    const passwordHash = await hashPassword(input.temporaryPassword);
    return this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager
        .query(
          `INSERT INTO users (username, email, full_name, agency_id, role, password_hash, must_change_password)
           VALUES ($1, $2, $3, $4, $5, $6, true) RETURNING id`,
          [username, values.email, values.fullName, values.agencyId, values.role, passwordHash],
        )
        .catch((error) => this.uniqueViolation(error, username));
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: id,
        subjectAgencyId: values.agencyId,
        before: null,
        after: { username, ...values, active: true, mustChangePassword: true },
      });
      return (await this.findVisible(context.caller, [id], manager))[0];
    });
  }

  async update(context: Context, id: string, version: number, input: UpdateUserInput): Promise<UserEntity> {
    const values = await this.validate(context.caller, input);
    if (id === context.caller.userId && !input.active) throw new UserError(UserErrorCode.CANNOT_DEACTIVATE_SELF, {}, 'active');
    // An administrator cannot lock themselves out by accident: another admin changes their role.
    if (id === context.caller.userId && input.role !== context.caller.role) throw new UserError(UserErrorCode.CANNOT_CHANGE_OWN_ROLE, {}, 'role');
    const user = await this.dataSource.transaction(async (manager) => {
      // Locked, so the audit "before" and the session decision are about the row this update replaces.
      if (isUuid(id)) await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [id]);
      const [current] = await this.findVisible(context.caller, [id], manager);
      if (!current) throw new UserError(UserErrorCode.NOT_FOUND, {}, 'id');
      // Deactivation or a move to another agency or role ends every session at once.
      const sessionsEnd = !input.active || values.agencyId !== current.agencyId || values.role !== current.role;
      const updated = await manager
        .query(
          `UPDATE users SET email = $3, full_name = $4, agency_id = $5, role = $6, active = $7,
             token_version = token_version + $8, version = version + 1, updated_at = now()
           WHERE id = $1 AND version = $2 RETURNING id`,
          [id, version, values.email, values.fullName, values.agencyId, values.role, input.active, sessionsEnd ? 1 : 0],
        )
        .catch((error) => this.uniqueViolation(error, current.username));
      if (updated[1] === 0) throw new UserError(UserErrorCode.VERSION_CONFLICT, await lastChange(manager, 'User', id), 'version');
      if (sessionsEnd) await endSessions(manager, { userId: id });
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: id,
        subjectAgencyId: values.agencyId,
        before: { email: current.email, fullName: current.fullName, agencyId: current.agencyId, role: current.role, active: current.active },
        after: { ...values, active: input.active },
      });
      return (await this.findVisible(context.caller, [id], manager))[0];
    });
    // Committed: this instance's very next request of theirs reads the new row (the others hear the trigger).
    this.callers.evictUser(id);
    return user;
  }

  /** An admin sets a temporary password: every session ends and the person must choose a new one. */
  async resetPassword(context: Context, id: string, temporaryPassword: string): Promise<UserEntity> {
    // One's own password changes with the current one (changePassword): a stolen session cannot take the account.
    if (id === context.caller.userId) throw new UserError(UserErrorCode.CANNOT_RESET_OWN_PASSWORD, {}, 'id');
    const [current] = await this.findVisible(context.caller, [id]);
    if (!current) throw new UserError(UserErrorCode.NOT_FOUND, {}, 'id');
    const problem = checkPassword(temporaryPassword, current.username);
    if (problem) throw new AuthError(AuthErrorCode.PASSWORD_POLICY, { problem }, 'temporaryPassword');
    const passwordHash = await hashPassword(temporaryPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE users SET password_hash = $2, must_change_password = true, token_version = token_version + 1,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [id, passwordHash],
      );
      await endSessions(manager, { userId: id });
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: id,
        subjectAgencyId: current.agencyId,
        before: { passwordReset: false, mustChangePassword: current.mustChangePassword },
        after: { passwordReset: true, mustChangePassword: true },
      });
      return (await this.findVisible(context.caller, [id], manager))[0];
    });
    this.callers.evictUser(id);
    return user;
  }

  private async validate(caller: Caller, input: { email?: string | null; fullName: string; agencyId: string; role: UserEntity['role'] }) {
    const email = input.email?.trim().toLowerCase() || null;
    if (email && (email.length > 254 || !EMAIL.test(email))) throw new UserError(UserErrorCode.EMAIL_INVALID, {}, 'email');
    const fullName = input.fullName?.trim() ?? '';
    if (!fullName || fullName.length > 120) throw new UserError(UserErrorCode.FULL_NAME_INVALID, {}, 'fullName');
    const params: unknown[] = [isUuid(input.agencyId) ? input.agencyId : '00000000-0000-0000-0000-000000000000'];
    const [agency] = await this.dataSource.query(`SELECT a.id FROM agencies a WHERE a.id = $1 AND ${agencyVisible(caller, 'a', params).sql}`, params);
    if (!agency) throw new UserError(UserErrorCode.AGENCY_NOT_FOUND, {}, 'agencyId');
    return { email, fullName, agencyId: input.agencyId, role: input.role };
  }

  private uniqueViolation(error: unknown, username: string): never {
    const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
    if (constraint === 'users_username_key') throw new UserError(UserErrorCode.USERNAME_TAKEN, { username }, 'username');
    if (constraint === 'users_email_key') throw new UserError(UserErrorCode.EMAIL_TAKEN, {}, 'email');
    throw error;
  }
}
