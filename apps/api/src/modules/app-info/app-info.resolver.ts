import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/access/access.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { DEMO_USERS } from '../seed/demo-seed';
import { DEMO_HISTORY_SIGN_IN } from '../seed/demo-history.plan';

@ObjectType({ description: 'What the app shows before anyone signs in.' })
export class AppInfo {
  @Field({ description: 'A demonstration installation: announced in the header so nobody mistakes it for production.' })
  demoMode!: boolean;

  @Field(() => [String], { description: 'The demo accounts (password in the README); empty outside demo mode.' })
  demoAccounts!: string[];

  @Field(() => Int, { description: 'The largest evidence file this installation accepts (EVIDENCE_MAX_MB), in bytes: check before uploading.' })
  evidenceMaxBytes!: number;

  @Field(() => String, { nullable: true, description: 'A base-map tile URL template ({z}/{x}/{y}) when MAP_TILE_URL is set; maps work without one.' })
  mapTileUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The attribution the tile provider requires (MAP_TILE_ATTRIBUTION).' })
  mapTileAttribution!: string | null;
}

@Resolver(() => AppInfo)
export class AppInfoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public('the sign-in page must know whether this is a demo before anyone signs in')
  @Query(() => AppInfo)
  appInfo(): AppInfo {
    return {
      demoMode: this.config.demo,
      demoAccounts: this.config.demo ? [...DEMO_USERS.map((u) => u.username), ...(this.config.demoHistory ? DEMO_HISTORY_SIGN_IN : [])] : [],
      evidenceMaxBytes: this.config.evidence.maxBytes,
      mapTileUrl: this.config.map.tileUrl ?? null,
      mapTileAttribution: this.config.map.tileAttribution ?? null,
    };
  }
}
