import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CoverageModule } from '../coverage/coverage.module';
import { ReportModule } from '../report/report.module';
import { TargetModule } from '../target/target.module';
import { MailWorker } from './mail-worker';
import { NotificationEvents } from './notification-events';
import { NotificationResolver } from './notification.resolver';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationService } from './notification.service';

/** The bell, e-mail through the outbox, and the scheduled reminders and digests (issue 15). */
@Module({
  imports: [AuditModule, AuthModule, CoverageModule, ReportModule, TargetModule],
  providers: [NotificationEvents, NotificationService, NotificationResolver, MailWorker, NotificationScheduler],
  exports: [NotificationService, MailWorker, NotificationScheduler],
})
export class NotificationModule {}
