import { format, Language, readableParams } from '../i18n/language';
import { DomainError, ErrorKind } from './domain-error';

export type ErrorParams = Record<string, string | number>;

/** What one code is: how it reaches clients, and its message in Bahasa Indonesia and English. */
export interface ErrorEntry {
  kind: ErrorKind;
  /** Message templates; `{name}` is filled from the error's params (and whatever the domain's `params` hook adds). */
  id: string;
  en: string;
  /** For the REST routes, where HTTP has a more precise word than the kind's usual status (413, 415, …). */
  httpStatus?: number;
}

/**
 * A domain's codes and what each one means. A Record over the code enum: a code without an entry (or an entry
 * for no code) fails to compile.
 */
export type ErrorTable<Code extends string> = Record<Code, ErrorEntry>;

export interface ErrorTableOptions {
  /**
   * Params a domain derives for its messages, in the caller's language (a status named in words, a fixed limit).
   * Runs for every code of the domain, so it must cope with params that are absent.
   */
  params?: (params: ErrorParams, language: Language) => ErrorParams;
}

/**
 * The error class of one domain, read from its table: `class AgencyError extends defineDomainErrors(AGENCY_ERRORS) {}`.
 * The class takes only the table's codes, so an unknown code fails to compile.
 */
export function defineDomainErrors<Code extends string>(table: ErrorTable<Code>, options: ErrorTableOptions = {}) {
  return class extends DomainError<Code> {
    get kind(): ErrorKind {
      return table[this.code].kind;
    }

    override get httpStatus(): number | undefined {
      return table[this.code].httpStatus;
    }

    /** Bahasa Indonesia unless English is asked for; dates written out ("10 Maret 2026"), never as YYYY-MM-DD. */
    localize(language: Language): string {
      const lang: Language = language === 'en' ? 'en' : 'id';
      const params = options.params ? options.params(this.params, lang) : this.params;
      return format(table[this.code][lang], readableParams(params, lang));
    }
  };
}
