import { checkPassword } from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuthError, AuthErrorCode } from '../../common/access/auth.errors';
import { Caller } from '../../common/access/caller';
import { CallerCache } from '../../common/access/caller-cache';
import { endSessions } from '../../common/access/end-sessions';
import { hashPassword } from '../../common/access/password-hasher';
import { isUuid } from '../../common/uuid';
import { onlyRow } from '../../database/kysely';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { CreateUserInput, UpdateUserInput } from './dto/user.input';
import { UserEntity } from './user.entity';
import { UserError, UserErrorCode } from './user.errors';
import { agencyVisibleTo } from '../agency/agency.repository';
import { insertUser, lockUser, setTemporaryPassword, updateUser, visibleUsers, type UserRow } from './user.repository';

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

  async list(caller: Caller, agencyId?: string | null, first = 100): Promise<UserRow[]> {
    return visibleUsers(this.dataSource, caller, {
      agencyId: agencyId ? (isUuid(agencyId) ? agencyId : '00000000-0000-0000-0000-000000000000') : undefined,
      limit: Math.min(Math.max(first, 1), 500),
    });
  }

  async findVisible(caller: Caller, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<UserRow[]> {
    return visibleUsers(manager, caller, { ids: ids.filter(isUuid) });
  }

  async create(context: Context, input: CreateUserInput): Promise<UserRow> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) throw new UserError(UserErrorCode.USERNAME_INVALID, {}, 'username');
    const values = await this.validate(context.caller, input);
    const problem = checkPassword(input.temporaryPassword, username);
    if (problem) throw new AuthError(AuthErrorCode.PASSWORD_POLICY, { problem }, 'temporaryPassword');
    const passwordHash = await hashPassword(input.temporaryPassword);
    return this.dataSource.transaction(async (manager) => {
      const id = await insertUser(manager, username, values, passwordHash).catch((error) => this.uniqueViolation(error, username));
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: id,
        subjectAgencyId: values.agencyId,
        before: null,
        after: { username, ...values, active: true, mustChangePassword: true },
      });
      return onlyRow(await this.findVisible(context.caller, [id], manager), 'user just written');
    });
  }

  async update(context: Context, id: string, version: number, input: UpdateUserInput): Promise<UserRow> {
    const values = await this.validate(context.caller, input);
    if (id === context.caller.userId && !input.active) throw new UserError(UserErrorCode.CANNOT_DEACTIVATE_SELF, {}, 'active');
    // An administrator cannot lock themselves out by accident: another admin changes their role.
    if (id === context.caller.userId && input.role !== context.caller.role) throw new UserError(UserErrorCode.CANNOT_CHANGE_OWN_ROLE, {}, 'role');
    const user = await this.dataSource.transaction(async (manager) => {
      // Locked, so the audit "before" and the session decision are about the row this update replaces.
      if (isUuid(id)) await lockUser(manager, id);
      const [current] = await this.findVisible(context.caller, [id], manager);
      if (!current) throw new UserError(UserErrorCode.NOT_FOUND, {}, 'id');
      // Deactivation or a move to another agency or role ends every session at once.
      const sessionsEnd = !input.active || values.agencyId !== current.agencyId || values.role !== current.role;
      const updated = await updateUser(manager, id, version, { ...values, active: input.active }, sessionsEnd).catch((error) => this.uniqueViolation(error, current.username));
      if (!updated) throw new UserError(UserErrorCode.VERSION_CONFLICT, await lastChange(manager, 'User', id), 'version');
      if (sessionsEnd) await endSessions(manager, { userId: id });
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: id,
        subjectAgencyId: values.agencyId,
        before: { email: current.email, fullName: current.fullName, agencyId: current.agencyId, role: current.role, active: current.active },
        after: { ...values, active: input.active },
      });
      return onlyRow(await this.findVisible(context.caller, [id], manager), 'user just written');
    });
    // Committed: this instance's very next request of theirs reads the new row (the others hear the trigger).
    this.callers.evictUser(id);
    return user;
  }

  /** An admin sets a temporary password: every session ends and the person must choose a new one. */
  async resetPassword(context: Context, id: string, temporaryPassword: string): Promise<UserRow> {
    // One's own password changes with the current one (changePassword): a stolen session cannot take the account.
    if (id === context.caller.userId) throw new UserError(UserErrorCode.CANNOT_RESET_OWN_PASSWORD, {}, 'id');
    const [current] = await this.findVisible(context.caller, [id]);
    if (!current) throw new UserError(UserErrorCode.NOT_FOUND, {}, 'id');
    const problem = checkPassword(temporaryPassword, current.username);
    if (problem) throw new AuthError(AuthErrorCode.PASSWORD_POLICY, { problem }, 'temporaryPassword');
    const passwordHash = await hashPassword(temporaryPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      await setTemporaryPassword(manager, id, passwordHash);
      await endSessions(manager, { userId: id });
      await this.audit.record(manager, context, {
        entity: 'User',
        entityId: id,
        subjectAgencyId: current.agencyId,
        before: { passwordReset: false, mustChangePassword: current.mustChangePassword },
        after: { passwordReset: true, mustChangePassword: true },
      });
      return onlyRow(await this.findVisible(context.caller, [id], manager), 'user just written');
    });
    this.callers.evictUser(id);
    return user;
  }

  private async validate(caller: Caller, input: { email?: string | null; fullName: string; agencyId: string; role: UserEntity['role'] }) {
    const email = input.email?.trim().toLowerCase() || null;
    if (email && (email.length > 254 || !EMAIL.test(email))) throw new UserError(UserErrorCode.EMAIL_INVALID, {}, 'email');
    const fullName = input.fullName?.trim() ?? '';
    if (!fullName || fullName.length > 120) throw new UserError(UserErrorCode.FULL_NAME_INVALID, {}, 'fullName');
    const agencyId = isUuid(input.agencyId) ? input.agencyId : '00000000-0000-0000-0000-000000000000';
    if (!(await agencyVisibleTo(this.dataSource, caller, agencyId))) throw new UserError(UserErrorCode.AGENCY_NOT_FOUND, {}, 'agencyId');
    return { email, fullName, agencyId: input.agencyId, role: input.role };
  }

  private uniqueViolation(error: unknown, username: string): never {
    const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
    if (constraint === 'users_username_key') throw new UserError(UserErrorCode.USERNAME_TAKEN, { username }, 'username');
    if (constraint === 'users_email_key') throw new UserError(UserErrorCode.EMAIL_TAKEN, {}, 'email');
    throw error;
  }
}
