import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TargetService } from '../target/target.service';
import { CoverageCache } from './coverage-cache';
import { CoverageEvents } from './coverage-events';
import { CoverageResolver, DashboardResolver, TargetResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({
  imports: [AuditModule],
  providers: [CoverageCache, CoverageService, CoverageEvents, TargetService, CoverageResolver, DashboardResolver, TargetResolver],
  exports: [CoverageService, CoverageEvents, TargetService, CoverageCache],
})
export class CoverageModule {}
