import { Module } from '@nestjs/common';
import { CallerResolver } from '../../common/access/caller-resolver';
import { APP_CONFIG, AppConfig } from '../../config/env';
import { AuditModule } from '../audit/audit.module';
import { UserModule } from '../user/user.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JWT_SECRET } from './auth.tokens';
import { resolveJwtSecret } from './jwt-secret';

@Module({
  imports: [AuditModule, UserModule],
  providers: [
    AuthService,
    AuthResolver,
    { provide: CallerResolver, useExisting: AuthService },
    { provide: JWT_SECRET, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveJwtSecret(config) },
  ],
  exports: [AuthService, CallerResolver],
})
export class AuthModule {}
