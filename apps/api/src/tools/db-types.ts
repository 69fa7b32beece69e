/** `npm run db:types`: writes apps/api/src/database/db-types.ts from DATABASE_URL's (or the embedded) migrated schema. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateDbTypes } from '../database/db-types-generator';
import { runWithDatabase } from './with-database';

runWithDatabase('jangkau-db-types', async (dataSource) => {
  if (await dataSource.showMigrations()) throw new Error('The database has pending migrations: run `npm run db:migrate` first.');
  const text = await generateDbTypes((sql, params) => dataSource.query(sql, params));
  const file = resolve(process.cwd(), 'apps/api/src/database/db-types.ts');
  writeFileSync(file, text);
  console.log(`Wrote ${file}`);
});
