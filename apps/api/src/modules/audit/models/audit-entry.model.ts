import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AuditChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'The old value, as JSON.' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'The new value, as JSON.' }) to!: string | null;
}

@ObjectType({ description: "A name for an id or region code that an entry's changes hold." })
export class AuditReference {
  @Field({ description: 'The id or Kemendagri code as the changes write it.' }) value!: string;
  @Field() label!: string;
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
  @Field(() => String, { nullable: true, description: "The actor's full name now (null: the system, or an account since removed)." }) actorName!: string | null;
  @Field(() => String, { nullable: true, description: "The actor's agency name." }) actorAgencyName!: string | null;
  @Field(() => String, { nullable: true, description: 'The name of the changed record (its title, name, file name…), as it is now or as the entry wrote it.' })
  subjectLabel!: string | null;
  @Field(() => [AuditReference], { description: 'Names for the ids and region codes in the changes.' }) references!: AuditReference[];
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) actorUserId?: string;
  @Field(() => ID, { nullable: true, description: 'Entries made by people of this agency, or about it.' }) agencyId?: string;
  @Field({ nullable: true, description: 'e.g. Activity, Agency, User, Session' }) entity?: string;
  @Field({ nullable: true }) entityId?: string;
  @Field({ nullable: true }) from?: Date;
  @Field({ nullable: true }) to?: Date;
  @Field(() => ID, { nullable: true, description: 'Entries older than this id (the last one of the previous page).' }) before?: string;
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'At most 200.' }) first?: number;
}
