import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode } from 'graphql';
import { group } from '@jangkau/shared-domain';

/**
 * Every operation the web app sends, by name, fragments included: read from the documents codegen writes into the
 * web's data-access library (`npm run codegen`). Read as text, not imported: the API must not depend on web code.
 */
export function webOperations(): Map<string, DocumentNode> {
  const source = readFileSync(join(__dirname, '../../../libs/web/data-access/src/gql/graphql.ts'), 'utf8');
  const operations = new Map<string, DocumentNode>();
  for (const match of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    operations.set(group(match, 1), JSON.parse(group(match, 2)) as DocumentNode);
  }
  return operations;
}
