import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CoverageModule } from '../coverage/coverage.module';
import { ActivityResolver, FollowUpResolver, ReferenceListResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { EvidenceController } from './evidence/evidence.controller';
import { ActivityEvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceStore } from './evidence/evidence-store';
import { ActivityImportController } from './import/import.controller';
import { ActivityImportService } from './import/import.service';

@Module({
  imports: [AuditModule, CoverageModule],
  controllers: [EvidenceController, ActivityImportController],
  providers: [ActivityService, ActivityResolver, FollowUpResolver, ReferenceListResolver, EvidenceStore, EvidenceService, ActivityEvidenceResolver, ActivityImportService],
  exports: [ActivityService, EvidenceService],
})
export class ActivityModule {}
