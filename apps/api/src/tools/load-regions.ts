/**
 * `npm run regions:load [-- --force] [-- --data <folder with provinces.csv …> --version <its version>]`: applies an official region list to
 * the database (DATABASE_URL, or the embedded one) and prints what changed. Without --data it reads the pinned
 * idn-area-data package; the app does the same on start when the loaded version differs.
 */
import { describeLoad } from '../modules/region/region-load-summary';
import { loadRegions } from '../modules/region/region-loader';
import { readIdnAreaData } from '../modules/region/region-source';
import { runWithDatabase } from './with-database';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = option('--data');
const version = option('--version');
if (dir && !version) {
  console.error('With --data, name the version of that list: --version <e.g. 4.1.0>');
  process.exit(2);
}

runWithDatabase('jangkau-regions', async (dataSource) => {
  await dataSource.runMigrations({ transaction: 'each' });
  const report = await loadRegions(dataSource, readIdnAreaData(dir ? { dir, version: version! } : undefined), { force: args.includes('--force') });
  console.log(describeLoad(report));
  for (const r of report.renamed.slice(0, 50)) console.log(`  renamed ${r.code}: ${r.from} → ${r.to}`);
  for (const code of report.removed.slice(0, 50)) console.log(`  removed ${code}`);
  for (const k of report.keptReferenced) console.log(`  KEPT ${k.code} ${k.name}: removed upstream but referenced by ${k.referencedBy.join(', ')}`);
});
