import { Language } from '../i18n/language';

/** How an error reaches GraphQL clients, as `extensions.code`. */
export type ErrorKind = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR' | 'SERVICE_UNAVAILABLE';

/**
 * An error a user can act on. Each domain declares its codes as a string enum and a table of what each one means
 * (`ErrorTable`, a Record over the enum), and gets its class from `defineDomainErrors`: a code without an entry
 * fails to compile.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: Code,
    readonly params: Record<string, string | number> = {},
    /** The argument or input field at fault, for forms to show the message beside it. */
    readonly field?: string,
  ) {
    super(code);
  }

  abstract localize(language: Language): string;

  /**
   * The HTTP status for the REST routes (file upload and download), when the kind's usual one is not the most
   * precise: 413 for a file over the size cap, 415 for a refused file type.
   */
  get httpStatus(): number | undefined {
    return undefined;
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
