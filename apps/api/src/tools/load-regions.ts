/**
 * `npm run regions:load [-- --force] [-- --data <folder with provinces.csv …>]`: applies an official region list to
 * the database (DATABASE_URL, or the embedded one) and prints what changed. Without --data it reads the pinned
 * idn-area-data package; the app does the same on start when the loaded version differs.
 */
import { loadConfig } from '../config/env';
import { createDataSource } from '../database/data-source';
import { resolveDatabase } from '../database/database-url';
import { loadRegions } from '../modules/region/region-loader';
import { readIdnAreaData } from '../modules/region/region-source';
import { describeLoad } from '../modules/region/region-load-summary';

async function main() {
  const args = process.argv.slice(2);
  const dataAt = args.indexOf('--data');
  const config = loadConfig();
  const db = await resolveDatabase(config, console.log);
  const dataSource = createDataSource({ url: db.url, applicationName: 'jangkau-regions' });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const dataset = readIdnAreaData(dataAt >= 0 ? args[dataAt + 1] : undefined);
    const report = await loadRegions(dataSource, dataset, { force: args.includes('--force') });
    console.log(describeLoad(report));
    for (const r of report.renamed.slice(0, 50)) console.log(`  renamed ${r.code}: ${r.from} → ${r.to}`);
    for (const code of report.removed.slice(0, 50)) console.log(`  removed ${code}`);
    for (const k of report.keptReferenced) console.log(`  KEPT ${k.code} ${k.name}: removed upstream but referenced by ${k.referencedBy.join(', ')}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
