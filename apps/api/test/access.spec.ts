import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { AccessGuard } from '../src/common/access/access.guard';
import { ACCESS_METADATA } from '../src/common/access/access.decorators';
import { RESOLVERS } from '../src/graphql/resolvers';
import { EvidenceController } from '../src/modules/activity/evidence/evidence.controller';
import { ActivityExportController } from '../src/modules/activity/export/export.controller';
import { ActivityImportController } from '../src/modules/activity/import/import.controller';
import { AuditExportController } from '../src/modules/audit/audit-export.controller';
import { BoundaryController } from '../src/modules/boundary/boundary.controller';
import { HealthController } from '../src/modules/health/health.controller';

const CONTROLLERS = [HealthController, EvidenceController, ActivityImportController, ActivityExportController, BoundaryController, AuditExportController];
// Where @nestjs/graphql records Query/Mutation on a method (its constant is not exported by the package).
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/** Every method of a class's prototype. */
const methodsOf = (type: new (...args: never[]) => unknown) =>
  Object.getOwnPropertyNames(type.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => ({ name, handler: type.prototype[name] as object }));

describe('deny by default', () => {
  it('every query and mutation declares who may call it', () => {
    const operations = RESOLVERS.flatMap((resolver) =>
      methodsOf(resolver)
        .filter(({ handler }) => ['Query', 'Mutation', 'Subscription'].includes(Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler)))
        .map(({ name, handler }) => ({ operation: `${resolver.name}.${name}`, rule: Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, resolver) })),
    );
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((o) => !o.rule).map((o) => o.operation)).toEqual([]);
    for (const { rule } of operations.filter((o) => o.rule.kind === 'public')) expect(rule.reason.length).toBeGreaterThanOrEqual(10);
  });

  it('every HTTP route declares who may call it', () => {
    const routes = CONTROLLERS.flatMap((controller) =>
      methodsOf(controller)
        .filter(({ handler }) => Reflect.getMetadata(PATH_METADATA, handler) !== undefined && Reflect.getMetadata(METHOD_METADATA, handler) in RequestMethod)
        .map(({ name, handler }) => ({ route: `${controller.name}.${name}`, rule: Reflect.getMetadata(ACCESS_METADATA, handler) })),
    );
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !r.rule).map((r) => r.route)).toEqual([]);
  });

  it('the guard refuses an operation that declares nothing', async () => {
    class Undeclared {
      handler() {
        return 'secret';
      }
    }
    const guard = new AccessGuard(new Reflector(), {} as never);
    const context = { getHandler: () => Undeclared.prototype.handler, getClass: () => Undeclared } as never;
    await expect(guard.canActivate(context)).rejects.toThrow('ACCESS_DENIED');
  });
});
