import { Module } from '@nestjs/common';
import { CoverageMaintenance } from './coverage-maintenance';

/** The one CoverageMaintenance, for every writer that changes coverage: the activity workflow and Desa Binaan import it. */
@Module({ providers: [CoverageMaintenance], exports: [CoverageMaintenance] })
export class CoverageMaintenanceModule {}
