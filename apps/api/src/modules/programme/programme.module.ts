import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProgrammeItemResolver, ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

@Module({ imports: [AuditModule], providers: [ProgrammeService, ProgrammeResolver, ProgrammeItemResolver], exports: [ProgrammeService] })
export class ProgrammeModule {}
