import { Role } from '@jangkau/shared-domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateUserInput {
  @Field() username!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field() fullName!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => Role) role!: Role;
  @Field({ description: 'A temporary password: the person must set their own at first sign-in.' }) temporaryPassword!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field() fullName!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => Role) role!: Role;
  @Field() active!: boolean;
}
