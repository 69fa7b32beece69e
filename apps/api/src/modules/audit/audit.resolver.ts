import { Permission } from '@jangkau/shared-domain';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { CurrentCaller } from '../../common/access/request-context';
import { auditVisible } from '../../common/access/scoped-sql';
import { isUuid } from '../agency/agency.service';
import { toAuditEntry } from './audit.service';
import { AuditEntry, AuditFilter } from './models/audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Allow(Permission.AUDIT_READ)
  @Query(() => [AuditEntry], { description: 'Newest first. Heads see entries by or about their agency; admins all.' })
  async auditLog(@CurrentCaller() caller: Caller, @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null): Promise<AuditEntry[]> {
    const f = filter ?? {};
    const params: unknown[] = [];
    const where = [auditVisible(caller, 'l', params).sql];
    const add = (condition: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(condition(params.length));
    };
    if (f.actorUserId) add((n) => `l.actor_user_id = $${n}::uuid`, isUuid(f.actorUserId) ? f.actorUserId : null);
    if (f.entity) add((n) => `l.entity = $${n}`, f.entity);
    if (f.entityId) add((n) => `l.entity_id = $${n}`, f.entityId);
    if (f.from) add((n) => `l.at >= $${n}`, f.from);
    if (f.to) add((n) => `l.at < $${n}`, f.to);
    if (f.before && /^\d+$/.test(f.before)) add((n) => `l.id < $${n}::bigint`, f.before);
    params.push(Math.min(Math.max(f.first ?? 50, 1), 200));
    const rows = await this.dataSource.query(
      `SELECT l.id::text AS id, l.at, l.actor_user_id, l.actor_username, l.actor_agency_id, l.operation, l.entity, l.entity_id, l.changes
       FROM audit_log l WHERE ${where.join(' AND ')} ORDER BY l.id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toAuditEntry);
  }
}
