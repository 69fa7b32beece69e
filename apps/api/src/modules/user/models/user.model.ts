import { Role } from '@jangkau/shared-domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'A person who signs in. The password never leaves the server.' })
export class User {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field() fullName!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => Role) role!: Role;
  @Field() active!: boolean;
  @Field({ description: 'A temporary password was set: a new one is owed before anything else.' }) mustChangePassword!: boolean;
  @Field(() => Date, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and a refresh token that rotates on use.' })
export class Session {
  @Field() accessToken!: string;
  @Field() refreshToken!: string;
  @Field(() => Int, { description: 'Seconds until the access token expires.' }) expiresIn!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Sign-in only: keep it on this device and send it with the next sign-in, so guesses by others do not pause this device.',
  })
  deviceToken!: string | null;
  @Field(() => User) user!: User;
}
