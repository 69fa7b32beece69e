import { Global, Module } from '@nestjs/common';
import { ActivityNotifier } from '../activity/activity-notifier';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CoverageModule } from '../coverage/coverage.module';
import { ReportModule } from '../report/report.module';
import { TargetModule } from '../target/target.module';
import { MailWorker } from './mail-worker';
import { NotificationEvents } from './notification-events';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/**
 * The bell, e-mail through the outbox, and the scheduled reminders and digests (issue 15). Global: it provides the
 * activity module's ActivityNotifier, which the activity module cannot import (notification reads activities).
 */
@Global()
@Module({
  imports: [AuditModule, AuthModule, CoverageModule, ReportModule, TargetModule],
  providers: [NotificationEvents, NotificationService, { provide: ActivityNotifier, useExisting: NotificationService }, NotificationResolver, MailWorker, NotificationScheduler],
  exports: [NotificationService, ActivityNotifier, MailWorker, NotificationScheduler],
})
export class NotificationModule {}
