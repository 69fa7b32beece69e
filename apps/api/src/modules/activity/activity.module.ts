import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityResolver, FollowUpResolver, ReferenceListResolver } from './activity.resolver';
import { ActivityChanges } from './activity-changes.service';
import { ActivityCountCache } from './activity-count-cache';
import { ReferenceLists } from './reference-lists';
import { ActivityDetails } from './activity-details.service';
import { ActivityQueries } from './activity-queries.service';
import { ActivityValidator } from './activity-validator.service';
import { ActivityWorkflow } from './activity-workflow.service';
import { ActivityWriter } from './activity-writer.service';
import { evidenceStoreProvider } from './evidence/evidence-store.provider';
import { EvidenceController } from './evidence/evidence.controller';
import { ActivityEvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { ActivityExportController } from './export/export.controller';
import { ActivityExportService } from './export/export.service';
import { ActivityImportController } from './import/import.controller';
import { ActivityImportService } from './import/import.service';
import { FollowUpService } from './follow-up.service';
import { CoverageEventsModule } from './rollups/coverage-events.module';
import { CoverageMaintenanceModule } from './rollups/coverage-maintenance.module';

@Module({
  imports: [AuditModule, CoverageEventsModule, CoverageMaintenanceModule],
  controllers: [EvidenceController, ActivityImportController, ActivityExportController],
  providers: [
    ReferenceLists,
    ActivityCountCache,
    ActivityQueries,
    ActivityDetails,
    ActivityChanges,
    ActivityValidator,
    ActivityWriter,
    ActivityWorkflow,
    FollowUpService,
    ActivityResolver,
    FollowUpResolver,
    ReferenceListResolver,
    evidenceStoreProvider,
    EvidenceService,
    ActivityEvidenceResolver,
    ActivityImportService,
    ActivityExportService,
  ],
  exports: [ActivityQueries, ActivityDetails, ActivityValidator, ActivityWriter, ActivityWorkflow, EvidenceService],
})
export class ActivityModule {}
