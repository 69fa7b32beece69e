import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { AuditModule } from '../audit/audit.module';
import { CoverageModule } from '../coverage/coverage.module';
import { NotificationModule } from '../notification/notification.module';
import { ActivityConfirmationResolver, ConfirmationResolver } from './confirmation.resolver';
import { ConfirmationService } from './confirmation.service';

/** Village governments confirm or dispute the reach of verified activities; the lead agency answers disputes. */
@Module({ imports: [AuditModule, ActivityModule, CoverageModule, NotificationModule], providers: [ConfirmationService, ConfirmationResolver, ActivityConfirmationResolver] })
export class ConfirmationModule {}
