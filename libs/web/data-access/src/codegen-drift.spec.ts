/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

describe('generated GraphQL client', () => {
  it('matches apps/api/schema.gql and the documents in the code (run `npm run codegen` when this fails)', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/.bin/graphql-codegen'), '--config', 'libs/web/data-access/codegen.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({ exitCode: run.status, output: run.status === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ exitCode: 0, output: '' });
  });
});
