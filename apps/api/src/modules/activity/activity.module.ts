import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityResolver, FollowUpResolver, ReferenceListResolver } from './activity.resolver';
import { ActivityService } from './activity.service';

@Module({ imports: [AuditModule], providers: [ActivityService, ActivityResolver, FollowUpResolver, ReferenceListResolver], exports: [ActivityService] })
export class ActivityModule {}
