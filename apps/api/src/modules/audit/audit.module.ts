import { Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditReader } from './audit.reader';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService, AuditReader, AuditResolver], controllers: [AuditExportController], exports: [AuditService] })
export class AuditModule {}
