import { Module } from '@nestjs/common';
import { ReadReplica } from '../../database/read-replica';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CoverageModule } from '../coverage/coverage.module';
import { TargetModule } from '../target/target.module';
import { ReportExportController } from './export/report-export.controller';
import { ReportExportService } from './export/report-export.service';
import { ReportVillagesService } from './report-villages';
import { ReportVillagesResolver } from './report-villages.resolver';
import { ReportScheduleResolver } from './report-schedule.resolver';
import { ReportScheduleService } from './report-schedule.service';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';
import { SavedReportService } from './saved-report.service';

@Module({
  imports: [CoverageModule, TargetModule, AuditModule, AuthModule],
  controllers: [ReportExportController],
  providers: [
    ReadReplica,
    ReportService,
    SavedReportService,
    ReportResolver,
    ReportExportService,
    ReportVillagesService,
    ReportVillagesResolver,
    ReportScheduleService,
    ReportScheduleResolver,
  ],
  exports: [ReportScheduleService],
})
export class ReportModule {}
