import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityResolver, FollowUpResolver, ReferenceListResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { evidenceStoreProvider } from './evidence/evidence-store.provider';
import { EvidenceController } from './evidence/evidence.controller';
import { ActivityEvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { ActivityExportController } from './export/export.controller';
import { ActivityExportService } from './export/export.service';
import { ActivityImportController } from './import/import.controller';
import { ActivityImportService } from './import/import.service';
import { CoverageEventsModule } from './rollups/coverage-events.module';

@Module({
  imports: [AuditModule, CoverageEventsModule],
  controllers: [EvidenceController, ActivityImportController, ActivityExportController],
  providers: [ActivityService, ActivityResolver, FollowUpResolver, ReferenceListResolver, evidenceStoreProvider, EvidenceService, ActivityEvidenceResolver, ActivityImportService, ActivityExportService],
  exports: [ActivityService, EvidenceService],
})
export class ActivityModule {}
