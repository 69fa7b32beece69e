import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DesaBinaanResolver } from './desa-binaan.resolver';
import { DesaBinaanService } from './desa-binaan.service';

@Module({ imports: [AuditModule], providers: [DesaBinaanService, DesaBinaanResolver], exports: [DesaBinaanService] })
export class DesaBinaanModule {}
