import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CoverageCache } from './coverage-cache';
import { CoverageEvents } from './coverage-events';
import { CoverageResolver, DashboardResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({
  imports: [AuditModule],
  providers: [CoverageCache, CoverageService, CoverageEvents, CoverageResolver, DashboardResolver],
  exports: [CoverageService, CoverageEvents, CoverageCache],
})
export class CoverageModule {}
