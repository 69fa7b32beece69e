import { Inject, Injectable } from '@nestjs/common';
import { LiveChannel } from '../../../common/live-channel';
import { APP_CONFIG, type AppConfig } from '../../../config/env';

/** Something that changes coverage happened: an activity was verified, or a verified one reopened. */
export interface CoverageChangeEvent {
  activityId: string;
  kind: 'VERIFIED' | 'REOPENED';
  /** Every region code the activity touches, at every level: who is affected. */
  reachCodes: string[];
  at: string;
}

/** Announces coverage changes to open dashboards (channel `<prefix>:coverage`). */
@Injectable()
export class CoverageEvents extends LiveChannel<CoverageChangeEvent> {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config, 'coverage', 'CoverageEvents');
  }
}
