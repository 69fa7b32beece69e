import { Inject, Injectable } from '@nestjs/common';
import { LiveChannel } from '../../common/live-channel';
import { APP_CONFIG, type AppConfig } from '../../config/env';

/** A notification was recorded for a person and its transaction committed. */
export interface NotificationAddedEvent {
  userId: string;
  notificationId: string;
}

/** Announces new notifications to open bells (channel `<prefix>:notifications`, through Redis across instances). */
@Injectable()
export class NotificationEvents extends LiveChannel<NotificationAddedEvent> {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config, 'notifications', 'NotificationEvents');
  }
}
