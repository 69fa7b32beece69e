import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AgencyResolver } from './agency.resolver';
import { AgencyService } from './agency.service';

@Module({ imports: [AuditModule], providers: [AgencyService, AgencyResolver], exports: [AgencyService] })
export class AgencyModule {}
