import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

export type { ResultOf, VariablesOf };

/**
 * A value of a generated result type that may also carry `__typename` at every level, as the answers Apollo's
 * cache reads and test mocks write do (the generated types leave `__typename` out).
 */
export type WithTypenames<T> = T extends readonly (infer U)[] ? WithTypenames<U>[] : T extends object ? { [K in keyof T]: WithTypenames<T[K]> } & { __typename?: string } : T;

/** What a document answers, as a test fixture: `const answer: AnswerOf<typeof DashboardQuery> = { dashboard: … }`. */
export type AnswerOf<D> = WithTypenames<ResultOf<D>>;
