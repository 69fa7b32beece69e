import { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/env';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; field?: string } }[];
}

export type GraphqlError = NonNullable<GraphqlResponse['errors']>[number];

/** The first error of a response that must have failed; throws, showing what came back instead, when there is none. */
export function firstError(res: { data?: unknown; errors?: readonly GraphqlError[] }): GraphqlError {
  const error = res.errors?.[0];
  if (!error) throw new Error(`Expected a GraphQL error, got none; data: ${JSON.stringify(res.data)}`);
  return error;
}

export const TEST_JWT_SECRET = 'test-secret-for-jangkau-integration-tests';

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  baseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  /** Signs in a demo account (password jangkau-demo) once and returns its Bearer header. */
  as(username: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** The configuration every test app starts from: a demo with the founding story alone, no regions or boundaries to load. */
export function testConfig(env: Record<string, string | undefined> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL,
    REGION_AUTOLOAD: 'false',
    WEB_DIST_DIR: '/nonexistent',
    // No demo boundary import unless a test asks for one (it takes seconds).
    GEO_DATA_DIR: '/nonexistent',
    JWT_SECRET: TEST_JWT_SECRET,
    DEMO_MODE: 'true',
    // The founding story alone (its figures are what the tests assert); demo-history.integration.spec.ts asks for the rest.
    DEMO_HISTORY: 'false',
    // No mail worker or scheduled jobs unless a test asks (notification specs do), and never the developer's .data/mail.
    MAIL_WORKER: 'false',
    SCHEDULER: 'false',
    MAIL_DIR: join(tmpdir(), 'jangkau-test-mail-unused'),
    ...env,
  });
}

/**
 * The real application on its own copy of the test database, listening on a free port. With `db`: a further instance
 * on that database (several instances as one system); closing it leaves the database to its creator.
 */
export async function startTestApp(env: Record<string, string> = {}, { db: shared }: { db?: TestDatabase } = {}): Promise<TestApp> {
  const db = shared ?? (await createTestDatabase());
  // Evidence files go to a folder of this app's own, never to the developer's .data/evidence.
  const evidenceDir = env.EVIDENCE_DIR ? null : mkdtempSync(join(tmpdir(), 'jangkau-evidence-'));
  const config = testConfig({ ...(evidenceDir ? { EVIDENCE_DIR: evidenceDir } : {}), ...env });
  // As the app role, with the owner running migrations and grants first: the privileges production has.
  const app = await createApp(config, db.appUrl, db.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const tokens = new Map<string, string>();
  const testApp: TestApp = {
    app,
    db,
    baseUrl,
    async gql(query, variables, headers) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async as(username) {
      if (!tokens.has(username)) {
        const res = await testApp.gql<{ login: { accessToken: string } }>(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`, {
          u: username,
          p: 'jangkau-demo',
        });
        if (!res.data?.login) throw new Error(`cannot sign in ${username}: ${JSON.stringify(res.errors)}`);
        tokens.set(username, res.data.login.accessToken);
      }
      return { authorization: `Bearer ${tokens.get(username)}` };
    },
    async close() {
      await app.close();
      if (!shared) await db.drop();
      if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
  return testApp;
}
