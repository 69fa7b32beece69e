import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AuditChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'The old value, as JSON.' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'The new value, as JSON.' }) to!: string | null;
}

@ObjectType({ description: 'One change, as the audit trail recorded it. Entries are never changed or deleted.' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => String, { nullable: true }) actorUsername!: string | null;
  @Field(() => ID, { nullable: true }) actorAgencyId!: string | null;
  @Field() operation!: string;
  @Field() entity!: string;
  @Field() entityId!: string;
  @Field(() => [AuditChange]) changes!: AuditChange[];
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) actorUserId?: string;
  @Field({ nullable: true, description: 'e.g. Agency, User, Session' }) entity?: string;
  @Field({ nullable: true }) entityId?: string;
  @Field({ nullable: true }) from?: Date;
  @Field({ nullable: true }) to?: Date;
  @Field(() => ID, { nullable: true, description: 'Entries older than this id (the last one of the previous page).' }) before?: string;
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'At most 200.' }) first?: number;
}
