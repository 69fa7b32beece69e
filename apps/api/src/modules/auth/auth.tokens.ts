/** Injection token for the resolved JWT signing secret (see jwt-secret.ts). */
export const JWT_SECRET = Symbol('JWT_SECRET');
