import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { db } from '../../database/kysely';

/** The health module's SQL: what /health reads to prove the database answers. */

/** How many regions are loaded, and the newest region data version (null before the first load). */
export async function regionSummary(dataSource: DataSource): Promise<Array<{ regions: number; version: string | null }>> {
  return db(dataSource)
    .selectNoFrom((eb) => [
      sql<number>`(SELECT count(*) FROM regions)::int`.as('regions'),
      eb.selectFrom('region_data_versions').select('version').orderBy('id', 'desc').limit(1).$asScalar().as('version'),
    ])
    .execute();
}
