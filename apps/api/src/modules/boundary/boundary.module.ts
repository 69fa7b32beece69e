import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BoundaryController } from './boundary.controller';
import { BoundaryResolver } from './boundary.resolver';
import { BoundaryService } from './boundary.service';
import { BoundaryImportService } from './import/boundary-import.service';
import { BoundaryUploadInterceptor } from './import/boundary-upload';

@Module({
  imports: [AuditModule],
  controllers: [BoundaryController],
  providers: [BoundaryService, BoundaryImportService, BoundaryResolver, BoundaryUploadInterceptor],
  exports: [BoundaryService, BoundaryImportService],
})
export class BoundaryModule {}
