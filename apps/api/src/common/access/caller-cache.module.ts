import { Global, Module } from '@nestjs/common';
import { CallerCache } from './caller-cache';
import { CallerChangeListener } from './caller-change-listener';

/** One CallerCache per instance, kept current by its CallerChangeListener; the services that change rights evict from it. */
@Global()
@Module({
  providers: [{ provide: CallerCache, useFactory: () => new CallerCache() }, CallerChangeListener],
  exports: [CallerCache, CallerChangeListener],
})
export class CallerCacheModule {}
