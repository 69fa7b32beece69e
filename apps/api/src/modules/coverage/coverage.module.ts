import { Module } from '@nestjs/common';
import { CoverageEventsModule } from '../activity/rollups/coverage-events.module';
import { AuditModule } from '../audit/audit.module';
import { CoverageCache } from './coverage-cache';
import { CoverageResolver, DashboardResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({
  imports: [AuditModule, CoverageEventsModule],
  providers: [CoverageCache, CoverageService, CoverageResolver, DashboardResolver],
  exports: [CoverageService, CoverageEventsModule, CoverageCache],
})
export class CoverageModule {}
