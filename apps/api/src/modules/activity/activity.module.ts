import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityResolver, FollowUpResolver, ReferenceListResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { EvidenceController } from './evidence/evidence.controller';
import { ActivityEvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceStore } from './evidence/evidence-store';

@Module({
  imports: [AuditModule],
  controllers: [EvidenceController],
  providers: [ActivityService, ActivityResolver, FollowUpResolver, ReferenceListResolver, EvidenceStore, EvidenceService, ActivityEvidenceResolver],
  exports: [ActivityService, EvidenceService],
})
export class ActivityModule {}
