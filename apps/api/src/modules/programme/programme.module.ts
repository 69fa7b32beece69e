import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

@Module({ imports: [AuditModule], providers: [ProgrammeService, ProgrammeResolver], exports: [ProgrammeService] })
export class ProgrammeModule {}
