/** `npm run codegen` step 1: writes apps/api/schema.gql from the code-first resolvers (no database needed). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaSdl } from '../graphql/schema-sdl';

buildSchemaSdl()
  .then((sdl) => {
    const file = resolve(process.cwd(), 'apps/api/schema.gql');
    writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
