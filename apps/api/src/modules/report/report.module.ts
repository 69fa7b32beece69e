import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CoverageModule } from '../coverage/coverage.module';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';
import { SavedReportService } from './saved-report.service';

@Module({
  imports: [CoverageModule, AuditModule],
  providers: [ReportService, SavedReportService, ReportResolver],
})
export class ReportModule {}
