import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/**
 * The one place the environment is read. Every variable is validated at boot; a bad value stops the app with a
 * message that names the variable, what was expected and what was given.
 */
const port = (fallback: number) => z.coerce.number().int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535').default(fallback);

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1;
    } catch {
      return false;
    }
  }, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/jangkau');

/** One BOUNDARY_IMPORT_ALLOW_HOSTS entry: a host name, an IP address (IPv6 with or without brackets) or a CIDR range. */
function isAllowListEntry(entry: string): boolean {
  const value = entry.trim().replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(value) || ipaddr.isValidCIDR(value) || /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i.test(value);
}

/** The ranges Express names (proxy-addr): 127.0.0.0/8 and ::1, 169.254.0.0/16 and fe80::/10, 10/8 172.16/12 192.168/16 and fc00::/7. */
const NAMED_PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * An address as people write them: ipaddr.js alone also takes "1" or "0x7f.1" as IPv4 (inet_aton's forms), which
 * nobody means in a proxy list.
 */
const isAddress = (value: string) => ipaddr.IPv4.isValidFourPartDecimal(value) || (value.includes(':') && ipaddr.IPv6.isValid(value));
const isProxyEntry = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  if (rest.length || !isAddress(address)) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && ipaddr.isValidCIDR(entry));
};

/**
 * TRUST_PROXY: the proxies whose X-Forwarded-For is believed, as addresses, CIDR ranges or Express's named ranges;
 * `none` for a server reached directly. Never `true` or a hop count: both believe whatever the nearest peer
 * writes, and whoever reaches the port without the proxy picks their own address (and a fresh rate-limit budget)
 * per request.
 */
const trustProxy = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) => value === 'none' || value.split(',').every((entry) => NAMED_PROXY_RANGES.includes(entry.trim()) || isProxyEntry(entry.trim())),
    'must be `none`, or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal (never `true` or a hop count: anyone could then choose their own address)',
  )
  .default('loopback');

/**
 * S3_URL: an S3-compatible object store's address followed by the bucket, path style (the form every store
 * answers, AWS included): http://127.0.0.1:8333/jangkau-evidence. Bucket names as S3 allows them.
 */
const S3_URL_EXAMPLE = "such as http://127.0.0.1:8333/jangkau-evidence (the store's address, then the bucket)";
const s3Url = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return ctx.addIssue({ code: 'custom', message: `must be an http(s) URL ${S3_URL_EXAMPLE}` });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return ctx.addIssue({ code: 'custom', message: `must be an http(s) URL ${S3_URL_EXAMPLE}` });
    if (url.username || url.password) return ctx.addIssue({ code: 'custom', message: 'must not hold credentials: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY instead' });
    if (url.search || url.hash) return ctx.addIssue({ code: 'custom', message: `must have no query or fragment, ${S3_URL_EXAMPLE}` });
    const bucket = url.pathname.replace(/^\/+|\/+$/g, '');
    if (!bucket) return ctx.addIssue({ code: 'custom', message: `must end with the bucket, ${S3_URL_EXAMPLE}` });
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      ctx.addIssue({ code: 'custom', message: `must end with one bucket name (3–63 lower-case letters, digits, "." or "-"), ${S3_URL_EXAMPLE}` });
    }
  });

/** S3_URL split into what the S3 client takes. */
function s3Target(value: string): { endpoint: string; bucket: string } {
  const url = new URL(value);
  return { endpoint: url.origin, bucket: url.pathname.replace(/^\/+|\/+$/g, '') };
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  PORT: port(3000),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_OWNER_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  DB_POOL_MAX: z.coerce.number().int('must be a whole number').min(1).max(200).default(10),
  DB_LOG_SLOW_MS: z.coerce.number().int('must be a whole number').min(0).default(500),
  EMBEDDED_PG_DIR: z.string().trim().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: port(54329),
  WEB_DIST_DIR: z.string().trim().min(1).default('dist/apps/web'),
  REGION_AUTOLOAD: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  ACCESS_TOKEN_TTL: z.coerce.number().int('must be a whole number of seconds').min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL: z.coerce
    .number()
    .int('must be a whole number of seconds')
    .min(3_600)
    .max(90 * 86_400)
    .default(30 * 86_400),
  DEMO_MODE: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  DEMO_HISTORY: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  CORS_ORIGINS: z.string().trim().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int('must be a whole number').min(10).max(10_000_000).default(600),
  TRUST_PROXY: trustProxy,
  INITIAL_ADMIN_USERNAME: z.string().trim().min(3).max(60).optional(),
  INITIAL_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  INITIAL_ADMIN_AGENCY: z.string().trim().min(3).max(200).default('Direktorat Jenderal Imigrasi'),
  EVIDENCE_DIR: z.string().trim().min(1).default('.data/evidence'),
  EVIDENCE_MAX_MB: z.coerce.number().int('must be a whole number of megabytes').min(1, 'must be 1–100 (megabytes)').max(100, 'must be 1–100 (megabytes)').default(10),
  S3_URL: s3Url.optional(),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).max(200).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).max(500).optional(),
  S3_REGION: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,50}$/, 'must be a region name such as us-east-1 (lower-case letters, digits and "-")')
    .default('us-east-1'),
  MAP_TILE_URL: z
    .string()
    .trim()
    .refine(
      (value) => /^https?:\/\/\S+$/.test(value) && value.includes('{z}') && value.includes('{x}') && value.includes('{y}'),
      'must be an http(s) tile URL template with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png',
    )
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().trim().max(300).optional(),
  GEO_DATA_DIR: z.string().trim().min(1).optional(),
  GEO_IMPORT_MAX_MB: z.coerce.number().int('must be a whole number of megabytes').min(1, 'must be 1–1000 (megabytes)').max(1000, 'must be 1–1000 (megabytes)').default(200),
  BOUNDARY_IMPORT_ALLOW_HOSTS: z
    .string()
    .trim()
    .refine(
      (value) => value.split(',').every((entry) => !entry.trim() || isAllowListEntry(entry)),
      'must be host names, IP addresses or CIDR ranges separated by commas, e.g. geo.internal,10.20.0.0/16',
    )
    .optional(),
  GRAPHQL_MAX_COST: z.coerce.number().int('must be a whole number').min(1_000, 'must be 1000–10000000').max(10_000_000, 'must be 1000–10000000').default(50_000),
  GRAPHQL_MAX_RESPONSE_MB: z.coerce.number().int('must be a whole number of megabytes').min(1, 'must be 1–100 (megabytes)').max(100, 'must be 1–100 (megabytes)').default(10),
  GRAPHQL_TIMEOUT_MS: z.coerce
    .number()
    .int('must be a whole number of milliseconds')
    .min(100, 'must be 100–600000 (milliseconds)')
    .max(600_000, 'must be 100–600000 (milliseconds)')
    .default(15_000),
  REDIS_URL: z
    .string()
    .trim()
    .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value), 'must be a Redis URL such as redis://127.0.0.1:6379')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,50}$/, 'must be 1–50 letters, digits, ".", "-" or "_"')
    .default('jangkau'),
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value), 'must be an SMTP URL such as smtp://user:password@mail.example.go.id:587 or smtps://…:465')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(254).default('Jangkau <jangkau@localhost>'),
  MAIL_DIR: z.string().trim().min(1).default('.data/mail'),
  MAIL_WORKER: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  MAIL_POLL_MS: z.coerce
    .number()
    .int('must be a whole number of milliseconds')
    .min(100, 'must be 100–600000 (milliseconds)')
    .max(600_000, 'must be 100–600000 (milliseconds)')
    .default(5_000),
  MAIL_LEASE_SECONDS: z.coerce.number().int('must be a whole number of seconds').min(1, 'must be 1–3600 (seconds)').max(3_600, 'must be 1–3600 (seconds)').default(300),
  MAIL_GIVE_UP_HOURS: z.coerce.number().int('must be a whole number of hours').min(1, 'must be 1–720 (hours)').max(720, 'must be 1–720 (hours)').default(72),
  SCHEDULER: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  PUBLIC_URL: z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value), 'must be the address people open the app at, such as https://jangkau.example.go.id')
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'DATABASE_READ_URL',
  'JWT_SECRET',
  'INITIAL_ADMIN_PASSWORD',
  'REDIS_URL',
  'SMTP_URL',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
]);

/** A URL with a user or password in it is never echoed either, whichever variable it was given in. */
const holdsCredentials = (value: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*@/i.test(value.trim());

export interface AppConfig {
  app: { env: Env['NODE_ENV']; host: string; port: number; webDistDir: string; logLevel: Env['LOG_LEVEL'] };
  auth: {
    /** Absent: generated once and kept in .data/ (development and demo only; see resolveJwtSecret). */
    jwtSecret?: string;
    accessTokenTtl: number;
    refreshTokenTtl: number;
    initialAdmin?: { username: string; password: string; agencyName: string };
  };
  /** Seeds the founding-story agencies and one demo account per role. On by default with the embedded database. */
  demo: boolean;
  /** Demo mode: also 18 months of Provinsi Jambi's outreach up to today (demo-history.ts). DEMO_HISTORY=false: the founding story alone. */
  demoHistory: boolean;
  corsOrigins: string[];
  /** API requests per address per minute: per instance, or shared through Redis when `redisUrl` is set. */
  rateLimitPerMinute: number;
  /**
   * Express's `trust proxy`: the proxies whose X-Forwarded-For sets `req.ip` (the address rate limits and sign-in
   * throttling count). false: none, `req.ip` is the peer's address.
   */
  trustProxy: false | string[];
  db: {
    /** Absent: an embedded PostgreSQL is started under `embedded.dir`. The role the running app connects as. */
    url?: string;
    /**
     * The role that owns the tables: migrations, region loads and the app role's grants run as it at start, then its
     * connection is closed. Absent with `url`: one role does everything (the app then warns if it is a superuser).
     */
    ownerUrl?: string;
    /**
     * A read replica of the same database, for report figures alone (a few seconds of lag are harmless there);
     * never for what a person just wrote. Absent: reports read the primary like everything else.
     */
    readUrl?: string;
    poolMax: number;
    slowQueryMs: number;
    embedded: { dir: string; port: number };
    autoloadRegions: boolean;
  };
  /**
   * Photos and PDFs attached to activities: a folder on this machine (or a shared mount), or with `s3` an
   * S3-compatible bucket every instance reaches.
   */
  evidence: {
    /**
     * Absolute: resolved once at boot, so a later change of working directory cannot move the store. With `s3`
     * only uploads in progress are kept here (`.tmp/`).
     */
    dir: string;
    maxBytes: number;
    s3?: {
      /** The store's address without the bucket, e.g. http://127.0.0.1:8333; addressed path style. */
      endpoint: string;
      bucket: string;
      region: string;
      /** Absent: the AWS SDK's own lookup (AWS_ACCESS_KEY_ID, a profile, an instance role). */
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };
  };
  /** Region boundaries (maps). */
  geo: {
    /**
     * Demo mode imports the boundary files found here for the levels that have none (absolute, resolved at boot):
     * GEO_DATA_DIR, else the repository's data/boundaries.
     */
    dataDir: string;
    /** The largest boundary file an import takes (upload or URL). */
    importMaxBytes: number;
    /** Non-public hosts a URL import may still reach (host names, IP addresses, CIDR ranges); public ones always. */
    importAllowHosts: string[];
  };
  /**
   * Set when several API processes run: coverage changes are announced to all of them through Redis pub/sub, and
   * they share one rate-limit budget per address.
   */
  redisUrl?: string;
  /** Keys and channels in Redis start with this, so deployments (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** Maps work offline without a base map; a tile server adds one. */
  map: { tileUrl?: string; tileAttribution?: string };
  /** What one GraphQL operation may cost before it runs, answer and take while it runs (graphql/query-limits.ts). */
  graphql: { maxCost: number; maxResponseBytes: number; timeoutMs: number };
  /**
   * E-mail (notification module). Without `smtpUrl` messages are written as .eml files under `dir` and listed on
   * the admin page, so a newcomer sees what would be sent.
   */
  mail: {
    smtpUrl?: string;
    from: string;
    /** Absolute. */
    dir: string;
    /** This instance runs the outbox worker (every instance may: each message is still sent once). */
    worker: boolean;
    pollMs: number;
    /** How long a claimed message is left to its worker before another may take it (a worker that died). */
    leaseSeconds: number;
    giveUpHours: number;
  };
  /** This instance runs the scheduled jobs (each runs once per period across all instances anyway). */
  scheduler: boolean;
  /** The app's address in links sent out (e-mails); default: http://localhost:<port>. */
  publicUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Every environment variable the app reads (deployment files are checked against it: deploy-manifests.spec.ts). */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, as they do in most .env files and compose files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const given = source[name];
        // Secrets are never echoed: a bad DATABASE_URL may still hold a real password.
        const shown = SECRET_VARIABLES.has(name) || (given !== undefined && holdsCredentials(given)) ? '<hidden>' : JSON.stringify(given);
        return `${name}: ${issue.message}${given === undefined ? '' : ` (got ${shown})`}`;
      }),
    );
  }
  const env = parsed.data;
  if ((env.INITIAL_ADMIN_USERNAME === undefined) !== (env.INITIAL_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(['INITIAL_ADMIN_USERNAME and INITIAL_ADMIN_PASSWORD: set both, or neither']);
  }
  if (env.DATABASE_OWNER_URL && !env.DATABASE_URL) {
    throw new ConfigError(['DATABASE_OWNER_URL: set DATABASE_URL too (the role the app runs as); the embedded database makes both itself']);
  }
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
    throw new ConfigError(['DATABASE_READ_URL: set DATABASE_URL too (the primary the replica follows); the embedded database has no replica']);
  }
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    throw new ConfigError(['S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both, or neither (the AWS SDK then looks for credentials itself)']);
  }
  if (env.S3_ACCESS_KEY_ID && !env.S3_URL) {
    throw new ConfigError(['S3_ACCESS_KEY_ID: set S3_URL too (the object store and bucket evidence files go to); without it they stay in EVIDENCE_DIR']);
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: required in production with DATABASE_URL (at least 32 characters)']);
  }
  return {
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTokenTtl: env.ACCESS_TOKEN_TTL,
      refreshTokenTtl: env.REFRESH_TOKEN_TTL,
      initialAdmin: env.INITIAL_ADMIN_USERNAME ? { username: env.INITIAL_ADMIN_USERNAME, password: env.INITIAL_ADMIN_PASSWORD!, agencyName: env.INITIAL_ADMIN_AGENCY } : undefined,
    },
    demo: env.DEMO_MODE ? env.DEMO_MODE === 'true' : !env.DATABASE_URL,
    demoHistory: env.DEMO_HISTORY === 'true',
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy: env.TRUST_PROXY === 'none' ? false : env.TRUST_PROXY.split(',').map((entry) => entry.trim()),
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [],
    app: { env: env.NODE_ENV, host: env.HOST, port: env.PORT, webDistDir: env.WEB_DIST_DIR, logLevel: env.LOG_LEVEL },
    db: {
      url: env.DATABASE_URL,
      ownerUrl: env.DATABASE_OWNER_URL,
      readUrl: env.DATABASE_READ_URL,
      poolMax: env.DB_POOL_MAX,
      slowQueryMs: env.DB_LOG_SLOW_MS,
      embedded: { dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT },
      autoloadRegions: env.REGION_AUTOLOAD === 'true',
    },
    evidence: {
      dir: resolve(env.EVIDENCE_DIR),
      maxBytes: env.EVIDENCE_MAX_MB * 1024 * 1024,
      s3: env.S3_URL
        ? {
            ...s3Target(env.S3_URL),
            region: env.S3_REGION,
            credentials: env.S3_ACCESS_KEY_ID ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY! } : undefined,
          }
        : undefined,
    },
    geo: {
      dataDir: env.GEO_DATA_DIR ? resolve(env.GEO_DATA_DIR) : findBoundaryDir(),
      importMaxBytes: env.GEO_IMPORT_MAX_MB * 1024 * 1024,
      importAllowHosts: (env.BOUNDARY_IMPORT_ALLOW_HOSTS ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    },
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    map: { tileUrl: env.MAP_TILE_URL, tileAttribution: env.MAP_TILE_ATTRIBUTION },
    graphql: { maxCost: env.GRAPHQL_MAX_COST, maxResponseBytes: env.GRAPHQL_MAX_RESPONSE_MB * 1024 * 1024, timeoutMs: env.GRAPHQL_TIMEOUT_MS },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      dir: resolve(env.MAIL_DIR),
      worker: env.MAIL_WORKER === 'true',
      pollMs: env.MAIL_POLL_MS,
      leaseSeconds: env.MAIL_LEASE_SECONDS,
      giveUpHours: env.MAIL_GIVE_UP_HOURS,
    },
    scheduler: env.SCHEDULER === 'true',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The boundary files that ship with the repository (see data/boundaries/README.md), relative to its root. */
export const REPO_BOUNDARY_DIR = 'data/boundaries';

/**
 * The repository's data/boundaries, found from where this module lies rather than from the working directory:
 * apps/api/src/config when it runs from source (the tests), dist/apps/api/apps/api/src/config when built (`npm
 * start`, the Docker image), wherever the app was started from. Its manifest.json marks it. Not found within a few
 * folders up: data/boundaries under the working directory (the repository root for `npm start`), which then says
 * in the log that it holds no files.
 */
export function findBoundaryDir(from: string = __dirname): string {
  let dir = from;
  for (let up = 0; up <= 8; up++) {
    const candidate = join(dir, REPO_BOUNDARY_DIR);
    if (existsSync(join(candidate, 'manifest.json'))) return candidate;
    if (dirname(dir) === dir) break;
    dir = dirname(dir);
  }
  return resolve(REPO_BOUNDARY_DIR);
}
