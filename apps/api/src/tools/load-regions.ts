/**
 * `npm run regions:load [-- --force] [-- --data <folder with provinces.csv …>]`: applies an official region list to
 * the database (DATABASE_URL, or the embedded one) and prints what changed. Without --data it reads the pinned
 * idn-area-data package; the app does the same on start when the loaded version differs.
 */
import { describeLoad } from '../modules/region/region-load-summary';
import { loadRegions } from '../modules/region/region-loader';
import { readIdnAreaData } from '../modules/region/region-source';
import { runWithDatabase } from './with-database';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');

runWithDatabase('jangkau-regions', async (dataSource) => {
  await dataSource.runMigrations({ transaction: 'each' });
  const report = await loadRegions(dataSource, readIdnAreaData(dataAt >= 0 ? args[dataAt + 1] : undefined), { force: args.includes('--force') });
  console.log(describeLoad(report));
  for (const r of report.renamed.slice(0, 50)) console.log(`  renamed ${r.code}: ${r.from} → ${r.to}`);
  for (const code of report.removed.slice(0, 50)) console.log(`  removed ${code}`);
  for (const k of report.keptReferenced) console.log(`  KEPT ${k.code} ${k.name}: removed upstream but referenced by ${k.referencedBy.join(', ')}`);
});
