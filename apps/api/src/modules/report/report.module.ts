import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CoverageModule } from '../coverage/coverage.module';
import { ReportExportController } from './export/report-export.controller';
import { ReportExportService } from './export/report-export.service';
import { ReportVillagesService } from './report-villages';
import { ReportVillagesResolver } from './report-villages.resolver';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';
import { SavedReportService } from './saved-report.service';

@Module({
  imports: [CoverageModule, AuditModule],
  controllers: [ReportExportController],
  providers: [ReportService, SavedReportService, ReportResolver, ReportExportService, ReportVillagesService, ReportVillagesResolver],
})
export class ReportModule {}
