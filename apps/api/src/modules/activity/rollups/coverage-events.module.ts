import { Module } from '@nestjs/common';
import { CoverageEvents } from './coverage-events';

/**
 * The one CoverageEvents channel: the activity workflow publishes on it, the coverage subscription listens. Its own
 * module so that both import it without the activity module importing the coverage module.
 */
@Module({ providers: [CoverageEvents], exports: [CoverageEvents] })
export class CoverageEventsModule {}
