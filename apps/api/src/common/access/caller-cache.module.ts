import { Global, Module } from '@nestjs/common';
import { ChangeListener } from '../change-listener';
import { CallerCache } from './caller-cache';

/** The channel the caller_changed trigger (migration CallerChanged) notifies on. */
export const CALLER_CHANGED_CHANNEL = 'caller_changed';

/**
 * One CallerCache per instance, kept current by the instance's ChangeListener (caller_changed evicts what it names);
 * the services that change rights evict from it too. Also provides the ChangeListener, for every cache so kept.
 */
@Global()
@Module({
  providers: [
    ChangeListener,
    {
      provide: CallerCache,
      inject: [ChangeListener],
      useFactory: (changes: ChangeListener) => {
        const cache = new CallerCache();
        changes.subscribe(CALLER_CHANGED_CHANNEL, { changed: (payload) => cache.evictNamed(payload || '*'), listening: (on) => cache.setListening(on) });
        return cache;
      },
    },
  ],
  exports: [CallerCache, ChangeListener],
})
export class CallerCacheModule {}
