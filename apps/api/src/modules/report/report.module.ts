import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({
  imports: [CoverageModule],
  providers: [ReportService, ReportResolver],
})
export class ReportModule {}
