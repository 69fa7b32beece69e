import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, findBoundaryDir, loadConfig } from './env';

describe('loadConfig', () => {
  it('uses safe defaults and the embedded database when DATABASE_URL is unset', () => {
    const config = loadConfig({});
    expect(config.app.port).toBe(3000);
    expect(config.db.url).toBeUndefined();
    expect(config.db.embedded.dir).toBe('.data/postgres');
  });

  it('names every bad variable with what was given', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', REGION_AUTOLOAD: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: .*\(got "abc"\)/);
    expect(message).toMatch(/DATABASE_URL: must be a PostgreSQL URL.*\(got <hidden>\)/);
    expect(message).not.toContain('mysql://x');
    expect(message).toMatch(/REGION_AUTOLOAD: must be true or false/);
  });

  it('takes an optional base-map tile template and a Redis URL, and names what is wrong with them', () => {
    expect(loadConfig({}).map.tileUrl).toBeUndefined();
    expect(loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' }).map.tileUrl).toBe('https://tiles.example.org/{z}/{x}/{y}.png');
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/tile.png' })).toThrow(/MAP_TILE_URL: must be an http\(s\) tile URL template with \{z\}, \{x\} and \{y\}/);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL: must be a Redis URL/);
  });

  it('trusts X-Forwarded-For from loopback only unless told which proxies, and never from anyone', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'none' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,fd00::/8, Loopback' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', 'fd00::/8', 'loopback']);
    for (const anyone of ['true', '*', '1', '0.0.0.0/0x', 'proxy.example.org']) {
      expect(() => loadConfig({ TRUST_PROXY: anyone })).toThrow(/TRUST_PROXY: must be `none`, or a comma-separated list of proxy addresses.*never `true` or a hop count/);
    }
  });

  it('prefixes Redis keys with jangkau unless told otherwise, with a prefix safe in a key', () => {
    expect(loadConfig({}).redisKeyPrefix).toBe('jangkau');
    expect(loadConfig({ REDIS_KEY_PREFIX: 'jangkau-staging' }).redisKeyPrefix).toBe('jangkau-staging');
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'a b*' })).toThrow(/REDIS_KEY_PREFIX: must be 1–50 letters/);
  });

  it('limits GraphQL operations by cost, answer size and time, within sane bounds', () => {
    expect(loadConfig({}).graphql).toEqual({ maxCost: 50_000, maxResponseBytes: 10 * 1024 * 1024, timeoutMs: 15_000 });
    expect(loadConfig({ GRAPHQL_MAX_COST: '200000', GRAPHQL_MAX_RESPONSE_MB: '2', GRAPHQL_TIMEOUT_MS: '5000' }).graphql).toEqual({
      maxCost: 200_000,
      maxResponseBytes: 2 * 1024 * 1024,
      timeoutMs: 5_000,
    });
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '10' })).toThrow(/GRAPHQL_MAX_COST: must be 1000–10000000 \(got "10"\)/);
    expect(() => loadConfig({ GRAPHQL_MAX_RESPONSE_MB: '0.5' })).toThrow(/GRAPHQL_MAX_RESPONSE_MB: must be a whole number of megabytes/);
    expect(() => loadConfig({ GRAPHQL_TIMEOUT_MS: '50' })).toThrow(/GRAPHQL_TIMEOUT_MS: must be 100–600000 \(milliseconds\)/);
  });

  it('sends e-mail through SMTP_URL or, without it, into a folder; links go to PUBLIC_URL', () => {
    const plain = loadConfig({});
    expect(plain.mail).toMatchObject({ smtpUrl: undefined, worker: true, pollMs: 5000, leaseSeconds: 300, giveUpHours: 72 });
    expect(plain.mail.dir).toMatch(/\.data\/mail$/);
    expect(plain.publicUrl).toBe('http://localhost:3000');
    const set = loadConfig({ SMTP_URL: 'smtps://jangkau:rahasia@mail.example.go.id:465', PUBLIC_URL: 'https://jangkau.example.go.id/', MAIL_WORKER: 'false' });
    expect(set.mail.smtpUrl).toBe('smtps://jangkau:rahasia@mail.example.go.id:465');
    expect(set.mail.worker).toBe(false);
    expect(set.publicUrl).toBe('https://jangkau.example.go.id');
    // The password in a bad SMTP_URL is never echoed.
    expect(() => loadConfig({ SMTP_URL: 'mail.example.go.id rahasia' })).toThrow(/SMTP_URL: must be an SMTP URL .* \(got <hidden>\)/);
    expect(() => loadConfig({ PUBLIC_URL: 'jangkau.example.go.id' })).toThrow(/PUBLIC_URL: must be the address people open the app at/);
    expect(() => loadConfig({ MAIL_LEASE_SECONDS: '0' })).toThrow(/MAIL_LEASE_SECONDS: must be 1–3600/);
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be 1–65535/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/jangkau' }).db.url).toBe('postgres://u:p@db:5432/jangkau');
  });
});

describe('loadConfig: auth and demo', () => {
  it('takes an owner URL for migrations beside the app role URL, never alone, never echoed', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://jangkau_app:a@db:5432/jangkau', DATABASE_OWNER_URL: 'postgres://jangkau:o@db:5432/jangkau' });
    expect(config.db).toMatchObject({ url: 'postgres://jangkau_app:a@db:5432/jangkau', ownerUrl: 'postgres://jangkau:o@db:5432/jangkau' });
    expect(loadConfig({ DATABASE_URL: 'postgres://jangkau:o@db:5432/jangkau' }).db.ownerUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'postgres://jangkau:o@db:5432/jangkau' })).toThrow(/DATABASE_OWNER_URL: set DATABASE_URL too/);
    const bad = (() => {
      try {
        loadConfig({ DATABASE_URL: 'postgres://a:b@db/j', DATABASE_OWNER_URL: 'mysql://root:topsecret@db' });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(bad).toMatch(/DATABASE_OWNER_URL: must be a PostgreSQL URL.*\(got <hidden>\)/);
    expect(bad).not.toContain('topsecret');
  });

  it('takes a read replica URL for report figures beside DATABASE_URL, never alone, never echoed', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://jangkau_app:a@db:5432/jangkau', DATABASE_READ_URL: 'postgres://jangkau_app:a@replica:5432/jangkau' });
    expect(config.db.readUrl).toBe('postgres://jangkau_app:a@replica:5432/jangkau');
    expect(loadConfig({ DATABASE_URL: 'postgres://jangkau_app:a@db:5432/jangkau' }).db.readUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://jangkau_app:a@replica:5432/jangkau' })).toThrow(/DATABASE_READ_URL: set DATABASE_URL too/);
    const bad = (() => {
      try {
        loadConfig({ DATABASE_URL: 'postgres://a:b@db/j', DATABASE_READ_URL: 'postgres://reader:topsecret@replica' });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(bad).toMatch(/DATABASE_READ_URL: must be a PostgreSQL URL.*\(got <hidden>\)/);
    expect(bad).not.toContain('topsecret');
  });

  it('is a demo on the embedded database, and not with DATABASE_URL unless asked', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/j' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/j', DEMO_MODE: 'true' }).demo).toBe(true);
  });

  it('requires a real JWT secret in production with a database server', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/j' })).toThrow(/JWT_SECRET: required in production/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });

  it('wants both initial admin variables or neither', () => {
    expect(() => loadConfig({ INITIAL_ADMIN_USERNAME: 'admin' })).toThrow(/set both, or neither/);
  });
});

describe('loadConfig: evidence store', () => {
  it('keeps evidence under .data/evidence, at most 10 MB a file, unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.evidence.dir).toBe(resolve('.data/evidence'));
    expect(config.evidence.maxBytes).toBe(10 * 1024 * 1024);
    expect(loadConfig({ EVIDENCE_DIR: '/srv/jangkau/evidence', EVIDENCE_MAX_MB: '25' }).evidence).toEqual({ dir: '/srv/jangkau/evidence', maxBytes: 25 * 1024 * 1024 });
  });

  it('refuses a size cap that is not a whole number of megabytes from 1 to 100', () => {
    expect(() => loadConfig({ EVIDENCE_MAX_MB: '0' })).toThrow(/EVIDENCE_MAX_MB: must be 1–100 \(megabytes\) \(got "0"\)/);
    expect(() => loadConfig({ EVIDENCE_MAX_MB: '2.5' })).toThrow(/EVIDENCE_MAX_MB: must be a whole number of megabytes/);
    expect(() => loadConfig({ EVIDENCE_MAX_MB: '500' })).toThrow(/EVIDENCE_MAX_MB: must be 1–100/);
  });

  it('keeps evidence in the folder unless S3_URL names an object store and bucket', () => {
    expect(loadConfig({}).evidence.s3).toBeUndefined();
    expect(loadConfig({ S3_URL: 'http://127.0.0.1:8333/jangkau-evidence', S3_ACCESS_KEY_ID: 'jangkau', S3_SECRET_ACCESS_KEY: 'rahasia-sekali' }).evidence).toEqual({
      dir: resolve('.data/evidence'),
      maxBytes: 10 * 1024 * 1024,
      s3: { endpoint: 'http://127.0.0.1:8333', bucket: 'jangkau-evidence', region: 'us-east-1', credentials: { accessKeyId: 'jangkau', secretAccessKey: 'rahasia-sekali' } },
    });
    // Without keys the AWS SDK finds its own (AWS_* variables, an instance role); a trailing slash is no bucket of its own.
    expect(loadConfig({ S3_URL: 'https://s3.ap-southeast-3.amazonaws.com/bukti.jangkau/', S3_REGION: 'ap-southeast-3' }).evidence.s3).toEqual({
      endpoint: 'https://s3.ap-southeast-3.amazonaws.com',
      bucket: 'bukti.jangkau',
      region: 'ap-southeast-3',
      credentials: undefined,
    });
  });

  it('says what is wrong with S3_URL, and never echoes keys or a URL with a password in it', () => {
    const problem = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(problem({ S3_URL: 'seaweed:8333/jangkau-evidence' })).toMatch(
      /S3_URL: must be an http\(s\) URL such as http:\/\/127\.0\.0\.1:8333\/jangkau-evidence .*\(got "seaweed:8333\/jangkau-evidence"\)/,
    );
    expect(problem({ S3_URL: 'http://127.0.0.1:8333' })).toMatch(/S3_URL: must end with the bucket/);
    expect(problem({ S3_URL: 'http://127.0.0.1:8333/Jangkau_Evidence' })).toMatch(/S3_URL: must end with one bucket name \(3–63 lower-case letters/);
    expect(problem({ S3_URL: 'http://127.0.0.1:8333/jangkau-evidence/staging' })).toMatch(/S3_URL: must end with one bucket name/);
    expect(problem({ S3_URL: 'http://127.0.0.1:8333/jangkau-evidence?region=x' })).toMatch(/S3_URL: must have no query or fragment/);
    const withPassword = problem({ S3_URL: 'http://jangkau:rahasia-sekali@127.0.0.1:8333/jangkau-evidence' });
    expect(withPassword).toMatch(/S3_URL: must not hold credentials: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY instead \(got <hidden>\)/);
    expect(withPassword).not.toContain('rahasia-sekali');
    const badRegion = problem({ S3_URL: 'http://127.0.0.1:8333/jangkau-evidence', S3_REGION: 'Jakarta 1', S3_SECRET_ACCESS_KEY: 'rahasia-sekali' });
    expect(badRegion).toMatch(/S3_REGION: must be a region name such as us-east-1/);
    expect(problem({ S3_URL: 'http://127.0.0.1:8333/jangkau-evidence', S3_SECRET_ACCESS_KEY: 'rahasia-sekali' })).toBe(
      'Invalid configuration:\n  - S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both, or neither (the AWS SDK then looks for credentials itself)',
    );
    expect(problem({ S3_ACCESS_KEY_ID: 'jangkau', S3_SECRET_ACCESS_KEY: 'rahasia-sekali' })).toMatch(/S3_ACCESS_KEY_ID: set S3_URL too/);
    expect(problem({ S3_URL: 'http://127.0.0.1:8333/jangkau-evidence', S3_ACCESS_KEY_ID: ' ', S3_SECRET_ACCESS_KEY: 'x'.repeat(501) })).toMatch(/S3_SECRET_ACCESS_KEY: .*\(got <hidden>\)/);
  });
});

describe('loadConfig: boundaries', () => {
  it("takes the demo boundaries from the repository's data/boundaries and files up to 200 MB, unless told otherwise", () => {
    const repository = resolve(__dirname, '../../../..');
    expect(loadConfig({}).geo).toEqual({ dataDir: join(repository, 'data/boundaries'), importMaxBytes: 200 * 1024 * 1024, importAllowHosts: [] });
    expect(existsSync(join(loadConfig({}).geo.dataDir, 'indonesia-provinsi.topojson.gz'))).toBe(true);
    // A folder the user names wins, relative to where the app starts.
    expect(loadConfig({ GEO_DATA_DIR: '/srv/geo', GEO_IMPORT_MAX_MB: '50' }).geo).toEqual({ dataDir: '/srv/geo', importMaxBytes: 50 * 1024 * 1024, importAllowHosts: [] });
    expect(loadConfig({ GEO_DATA_DIR: 'my-geo' }).geo.dataDir).toBe(resolve('my-geo'));
    expect(() => loadConfig({ GEO_IMPORT_MAX_MB: '0' })).toThrow(/GEO_IMPORT_MAX_MB: must be 1–1000 \(megabytes\) \(got "0"\)/);
  });

  it('lets URL imports reach named internal hosts only through BOUNDARY_IMPORT_ALLOW_HOSTS', () => {
    expect(loadConfig({ BOUNDARY_IMPORT_ALLOW_HOSTS: ' geo.internal, 10.20.0.0/16 ,[fd00::1],' }).geo.importAllowHosts).toEqual(['geo.internal', '10.20.0.0/16', '[fd00::1]']);
    expect(() => loadConfig({ BOUNDARY_IMPORT_ALLOW_HOSTS: 'geo.internal,http://x/' })).toThrow(/BOUNDARY_IMPORT_ALLOW_HOSTS: must be host names, IP addresses or CIDR ranges/);
    expect(() => loadConfig({ BOUNDARY_IMPORT_ALLOW_HOSTS: '10.0.0.0/99' })).toThrow(/BOUNDARY_IMPORT_ALLOW_HOSTS/);
  });

  it('finds data/boundaries from the built app too (dist/apps/api/apps/api/src/config), whatever the working directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'jangkau-root-'));
    try {
      const built = join(root, 'dist/apps/api/apps/api/src/config');
      mkdirSync(built, { recursive: true });
      // Without the folder: data/boundaries under the working directory (the repository root for npm start).
      expect(findBoundaryDir(built)).toBe(resolve('data/boundaries'));
      mkdirSync(join(root, 'data/boundaries'), { recursive: true });
      writeFileSync(join(root, 'data/boundaries/manifest.json'), '{}');
      expect(findBoundaryDir(built)).toBe(join(root, 'data/boundaries'));
      expect(findBoundaryDir(join(root, 'apps/api/src/config'))).toBe(join(root, 'data/boundaries'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
