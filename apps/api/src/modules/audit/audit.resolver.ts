import { Permission } from '@jangkau/shared-domain';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { CurrentCaller } from '../../common/access/request-context';
import { AuditReader } from './audit.reader';
import { AuditEntry, AuditFilter } from './models/audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly reader: AuditReader) {}

  @Allow(Permission.AUDIT_READ)
  @Query(() => [AuditEntry], { description: 'Newest first. Heads see entries by or about their agency; admins all.' })
  async auditLog(@CurrentCaller() caller: Caller, @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null): Promise<AuditEntry[]> {
    return this.reader.list(caller, filter);
  }
}
