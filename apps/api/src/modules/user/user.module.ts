import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({ imports: [AuditModule], providers: [UserService, UserResolver], exports: [UserService] })
export class UserModule {}
