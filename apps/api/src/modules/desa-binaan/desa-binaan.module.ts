import { Module } from '@nestjs/common';
import { CoverageMaintenanceModule } from '../activity/rollups/coverage-maintenance.module';
import { AuditModule } from '../audit/audit.module';
import { AgencyDesaBinaanResolver, RegionDesaBinaanResolver } from './desa-binaan-fields.resolver';
import { DesaBinaanResolver } from './desa-binaan.resolver';
import { DesaBinaanService } from './desa-binaan.service';

@Module({
  imports: [AuditModule, CoverageMaintenanceModule],
  providers: [DesaBinaanService, DesaBinaanResolver, RegionDesaBinaanResolver, AgencyDesaBinaanResolver],
  exports: [DesaBinaanService],
})
export class DesaBinaanModule {}
