import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ENV_VARIABLES, SECRET_VARIABLES } from '../src/config/env';
import { HealthController } from '../src/modules/health/health.controller';

/**
 * docker-compose.yml and deploy/k8s are read, not run, here (no Docker engine or cluster on a test machine): these
 * checks catch what would only fail on a user's machine — a variable the app does not read, a secret in plain
 * config, a probe on a route that does not exist, a service that selects no pod, a proxy the app does not trust.
 */
const root = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const known = new Set(ENV_VARIABLES);

type Manifest = { kind: string; metadata: { name: string; labels?: Record<string, string> }; [key: string]: unknown } & Record<string, any>;

/** The routes HealthController answers, from Nest's own metadata: '/health', '/health/live'. */
function healthRoutes(): string[] {
  const base = Reflect.getMetadata('path', HealthController) as string;
  return Object.getOwnPropertyNames(HealthController.prototype)
    .map((name) => Reflect.getMetadata('path', (HealthController.prototype as unknown as Record<string, object>)[name]!) as string | undefined)
    .filter((path): path is string => path !== undefined)
    .map(
      (path) =>
        `/${[base, path]
          .map((p) => p.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/')}`,
    );
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'));
  const app = compose.services.app;
  const proxy = compose.services.proxy;

  it('runs two app instances behind the proxy, the only published port', () => {
    expect(app.deploy.replicas).toBeGreaterThanOrEqual(2);
    expect(app.ports).toBeUndefined();
    expect(app.container_name).toBeUndefined();
    const published = Object.entries(compose.services as Record<string, { ports?: string[] }>).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['proxy']);
  });

  it('gives the app only variables it reads, and trusts X-Forwarded-For from the proxy alone', () => {
    expect(Object.keys(app.environment).filter((name) => !known.has(name))).toEqual([]);
    expect(app.environment.TRUST_PROXY).toBe(proxy.networks.default.ipv4_address);
    const subnet: string = compose.networks.default.ipam.config[0].subnet;
    expect(proxy.networks.default.ipv4_address.startsWith(subnet.replace(/\.0\/24$/, '.'))).toBe(true);
    // What instances must share to be one system.
    for (const shared of ['REDIS_URL', 'S3_URL', 'DATABASE_URL']) expect(app.environment[shared]).toBeTruthy();
  });

  it("points the proxy at the app's instances on the app's port, with a Caddyfile that exists", () => {
    const mount = (proxy.volumes as string[]).find((v) => v.endsWith(':/etc/caddy/Caddyfile:ro'))!;
    const caddyfile = read(mount.split(':')[0]!.replace(/^\.\//, ''));
    const upstream = caddyfile.match(/dynamic a \{\s*name (\S+)\s*port (\d+)/);
    expect(upstream?.slice(1)).toEqual(['app', String(app.environment.PORT)]);
    expect(proxy.depends_on.app.condition).toBe('service_healthy');
  });

  it('runs the read replica only with the `replica` profile, and reads from it only when DATABASE_READ_URL is set', () => {
    const replica = compose.services['db-replica'];
    expect(replica.profiles).toEqual(['replica']);
    expect(replica.image).toBe(compose.services.db.image);
    expect(replica.ports).toBeUndefined();
    expect(replica.depends_on.db.condition).toBe('service_healthy');
    expect(Object.keys(compose.volumes)).toContain(replica.volumes[0].split(':')[0]);
    // Without the profile the variable is empty, which the app counts as unset: nothing is read from a replica.
    expect(app.environment.DATABASE_READ_URL).toBe('${DATABASE_READ_URL:-}');
    expect(app.depends_on['db-replica']).toEqual({ condition: 'service_healthy', required: false });
    // The role the replica copies and follows the primary as is the one the primary's init script makes, with the
    // same password variable, and allowed to replicate in pg_hba.conf.
    const script: string = replica.entrypoint.join('\n');
    const role = script.match(/user=(\w+)/)![1]!;
    const init = read('tools/docker/postgres-init/20-replication.sh');
    expect(init).toMatch(new RegExp(`CREATE ROLE ${role} LOGIN REPLICATION`));
    expect(init).toContain(`host replication ${role} all scram-sha-256`);
    expect(compose.services.db.volumes).toContain('./tools/docker/postgres-init:/docker-entrypoint-initdb.d:ro');
    expect(compose.services.db.environment.JANGKAU_REPLICATION_PASSWORD).toBe(replica.environment.REPLICATION_PASSWORD);
    expect(script).toContain('--write-recovery-conf');
  });

  it("checks the app's health on a route the app answers", () => {
    expect(healthRoutes()).toEqual(expect.arrayContaining(['/health', '/health/live']));
    const probe = (app.healthcheck.test as string[]).join(' ');
    const path = probe.match(/127\.0\.0\.1:3000(\/[a-z/]*)/)![1]!;
    expect(healthRoutes()).toContain(path);
  });
});

describe('deploy/k8s', () => {
  const folder = join(root, 'deploy/k8s');
  const kustomization = parse(read('deploy/k8s/kustomization.yaml'));
  const manifests: Manifest[] = (kustomization.resources as string[]).flatMap((file) => parseAllDocuments(read(`deploy/k8s/${file}`)).map((d) => d.toJS() as Manifest));
  const one = (kind: string) => {
    const found = manifests.filter((m) => m.kind === kind);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('lists every manifest of the folder in the kustomization, and nothing else', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    expect(manifests.map((m) => m.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Job', 'Namespace', 'PodDisruptionBudget', 'Secret', 'Service']);
  });

  it('configures only variables the app reads, secrets in the Secret alone', () => {
    const config = Object.keys(one('ConfigMap').data);
    const secret = Object.keys(one('Secret').stringData);
    expect([...config, ...secret].filter((name) => !known.has(name))).toEqual([]);
    expect(config.filter((name) => SECRET_VARIABLES.has(name))).toEqual([]);
    expect(secret).toEqual(expect.arrayContaining(['DATABASE_URL', 'DATABASE_OWNER_URL', 'JWT_SECRET']));
  });

  it('takes DATABASE_READ_URL from the Secret when it is there, and starts without it', () => {
    const container = one('Deployment').spec.template.spec.containers[0];
    const env: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } }[] = container.env;
    expect(env.map((e) => e.name).filter((name) => !known.has(name))).toEqual([]);
    const readUrl = env.find((e) => e.name === 'DATABASE_READ_URL')!;
    expect(readUrl.valueFrom?.secretKeyRef).toEqual({ name: one('Secret').metadata.name, key: 'DATABASE_READ_URL', optional: true });
    // Secrets only from the Secret, never a value written into the Deployment.
    for (const e of env.filter((x) => SECRET_VARIABLES.has(x.name))) expect(e.valueFrom?.secretKeyRef?.name).toBe(one('Secret').metadata.name);
    // Off as shipped: a placeholder would stop every pod (the app does not start when the replica cannot be reached).
    expect(Object.keys(one('Secret').stringData)).not.toContain('DATABASE_READ_URL');
  });

  it('probes readiness on /health (the database) and liveness on /health/live (the process), routes the app answers', () => {
    const container = one('Deployment').spec.template.spec.containers[0];
    expect(container.readinessProbe.httpGet.path).toBe('/health');
    expect(container.livenessProbe.httpGet.path).toBe('/health/live');
    expect(container.startupProbe.httpGet.path).toBe('/health/live');
    for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe]) expect(healthRoutes()).toContain(probe.httpGet.path);
    expect(container.ports[0].containerPort).toBe(Number(one('ConfigMap').data.PORT));
  });

  it('ties the service, autoscaler and budget to the deployment, and migrates with the same image and settings', () => {
    const deployment = one('Deployment');
    const podLabels = deployment.spec.template.metadata.labels;
    const matches = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    expect(matches(one('Service').spec.selector)).toBe(true);
    expect(matches(one('PodDisruptionBudget').spec.selector.matchLabels)).toBe(true);
    expect(matches(deployment.spec.selector.matchLabels)).toBe(true);
    expect(one('HorizontalPodAutoscaler').spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(one('HorizontalPodAutoscaler').spec.minReplicas).toBeGreaterThanOrEqual(2);
    const job = one('Job').spec.template.spec.containers[0];
    const api = deployment.spec.template.spec.containers[0];
    expect(job.image).toBe(api.image);
    expect(job.envFrom).toEqual(api.envFrom);
    expect(job.command.join(' ')).toMatch(/tools\/migrate\.js$/);
  });
});
