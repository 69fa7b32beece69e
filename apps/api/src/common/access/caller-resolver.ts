import { Caller } from './caller';

/**
 * Who is behind an access token: the guard's one question to the auth module. The guard asks it through this
 * class, which AuthModule provides as its AuthService, so common/ does not import modules/auth.
 */
export abstract class CallerResolver {
  abstract callerFromToken(token: string): Promise<Caller>;
}
