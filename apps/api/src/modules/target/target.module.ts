import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CoverageModule } from '../coverage/coverage.module';
import { DashboardTargetsResolver, TargetResolver } from './target.resolver';
import { TargetService } from './target.service';

@Module({ imports: [AuditModule, CoverageModule], providers: [TargetService, TargetResolver, DashboardTargetsResolver], exports: [TargetService] })
export class TargetModule {}
