import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './common/access/access.guard';
import { CallerCacheModule } from './common/access/caller-cache.module';
import type { JangkauRequest } from './common/access/request-context';
import { languageFromHeader } from './common/i18n/language';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { GraphqlContext } from './graphql/context';
import { createLoaders } from './graphql/loaders';
import { SCALARS_MAP } from './graphql/date.scalar';
import { inputGuardPlugin } from './graphql/input-guard';
import { createQueryLimits } from './graphql/query-limits';
import { ActivityModule } from './modules/activity/activity.module';
import { CoverageModule } from './modules/coverage/coverage.module';
import { TargetModule } from './modules/target/target.module';
import { ReportModule } from './modules/report/report.module';
import { ActivityDetails } from './modules/activity/activity-details.service';
import { EvidenceService } from './modules/activity/evidence/evidence.service';
import { AgencyModule } from './modules/agency/agency.module';
import { AppInfoModule } from './modules/app-info/app-info.module';
import { AgencyService } from './modules/agency/agency.service';
import { AuditModule } from './modules/audit/audit.module';
import { BoundaryModule } from './modules/boundary/boundary.module';
import { AuthModule } from './modules/auth/auth.module';
import { DesaBinaanModule } from './modules/desa-binaan/desa-binaan.module';
import { DesaBinaanService } from './modules/desa-binaan/desa-binaan.service';
import { ProgrammeModule } from './modules/programme/programme.module';
import { ProgrammeService } from './modules/programme/programme.service';
import { HealthModule } from './modules/health/health.module';
import { UserModule } from './modules/user/user.module';
import { RegionModule } from './modules/region/region.module';
import { RegionService } from './modules/region/region.service';
import { RateLimitModule } from './common/rate-limit';
import { ConfirmationModule } from './modules/confirmation/confirmation.module';
import { NotificationModule } from './modules/notification/notification.module';

@Module({})
export class AppModule {
  /** The database URL is resolved before the module is built (it may be an embedded server started at boot). */
  static forRoot(config: AppConfig, databaseUrl: string, { migrationsRun = true }: { migrationsRun?: boolean } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({ url: databaseUrl, poolMax: config.db.poolMax, slowQueryMs: config.db.slowQueryMs }),
            // With an owner role the migrations ran before, as that owner (bootstrap.ts prepareAsOwner).
            migrationsRun,
          }),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RegionModule, AgencyModule, ActivityModule, DesaBinaanModule, ProgrammeModule],
          inject: [RegionService, AgencyService, ActivityDetails, EvidenceService, DesaBinaanService, ProgrammeService],
          useFactory: (
            regions: RegionService,
            agencies: AgencyService,
            activities: ActivityDetails,
            evidence: EvidenceService,
            desaBinaan: DesaBinaanService,
            programme: ProgrammeService,
          ) => {
            const limits = createQueryLimits({ ...config.graphql, production: config.app.env === 'production' });
            return {
              autoSchemaFile: true,
              sortSchema: true,
              // DateTime refuses what is not a real instant (Nest's own let Invalid Date reach SQL).
              buildSchemaOptions: { scalarsMap: SCALARS_MAP },
              playground: false,
              // The committed schema.gql is the contract; production does not hand out its own map.
              introspection: config.app.env !== 'production',
              includeStacktraceInErrorResponses: false,
              // Cost, aliases, tokens, response size and time for every operation (graphql/query-limits.ts); then
              // every string, ID and scalar checked at the edge (graphql/input-guard.ts).
              // Apollo's default cache-control plugin wraps every field of every answer to collect cache hints; the
              // API gives none (answers are per person), so it is switched off: a dashboard's 300 fields cost less.
              plugins: [...limits.plugins, inputGuardPlugin, ApolloServerPluginCacheControlDisabled()],
              // Apollo indents every answer by default (JSON.stringify(…, null, 2)): a fifth more bytes and time for
              // nobody to read. Answers go out as compact JSON.
              stringifyResult: (result) => JSON.stringify(result),
              validationRules: limits.validationRules,
              parseOptions: limits.parseOptions,
              // Live dashboards: subscriptions over graphql-ws on the same path. A WebSocket has no headers per
              // operation, so the client sends its token in the connection parameters and the access guard reads it
              // from a request built here, exactly as for HTTP.
              subscriptions: { 'graphql-ws': { path: '/graphql', onSubscribe: limits.onSubscribe } },
              context: (arg: { req?: JangkauRequest; connectionParams?: Record<string, unknown>; extra?: { request?: { headers?: Record<string, unknown> } } }): GraphqlContext => {
                const req = arg.req ?? socketRequest(arg.connectionParams, arg.extra?.request?.headers);
                return {
                  req,
                  lang: languageFromHeader(req.headers['accept-language']),
                  loaders: createLoaders({ regions, agencies, activities, evidence, desaBinaan, programme }, req),
                };
              },
            };
          },
        }),
        CallerCacheModule,
        RegionModule,
        HealthModule,
        AuditModule,
        AgencyModule,
        UserModule,
        AuthModule,
        AppInfoModule,
        ActivityModule,
        CoverageModule,
        TargetModule,
        ReportModule,
        ProgrammeModule,
        DesaBinaanModule,
        BoundaryModule,
        RateLimitModule,
        ConfirmationModule,
        NotificationModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}

/** The request a subscription runs as: the token and language from the graphql-ws connection parameters. */
function socketRequest(params: Record<string, unknown> | undefined, upgradeHeaders: Record<string, unknown> | undefined): JangkauRequest {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const headers = {
    authorization: text(params?.authorization) ?? text(params?.Authorization),
    'accept-language': text(params?.['accept-language']) ?? text(upgradeHeaders?.['accept-language']),
  };
  return { headers } as unknown as JangkauRequest;
}
