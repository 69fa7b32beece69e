import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { AccessGuard } from './common/access/access.guard';
import { languageFromHeader } from './common/i18n/language';
import { APP_CONFIG, AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { GraphqlContext } from './graphql/context';
import { createLoaders } from './graphql/loaders';
import { queryLimitsPlugin } from './graphql/query-limits';
import { HealthModule } from './modules/health/health.module';
import { RegionModule } from './modules/region/region.module';
import { RegionService } from './modules/region/region.service';

@Module({})
export class AppModule {
  /** The database URL is resolved before the module is built (it may be an embedded server started at boot). */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({ url: databaseUrl, poolMax: config.db.poolMax, slowQueryMs: config.db.slowQueryMs }),
            migrationsRun: true,
          }),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RegionModule],
          inject: [RegionService],
          useFactory: (regions: RegionService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: true,
            includeStacktraceInErrorResponses: false,
            plugins: [queryLimitsPlugin],
            context: ({ req }: { req: Request }): GraphqlContext => ({
              req,
              lang: languageFromHeader(req.headers['accept-language']),
              loaders: createLoaders(regions),
            }),
          }),
        }),
        RegionModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
