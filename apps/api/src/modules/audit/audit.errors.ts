import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';

export enum AuditErrorCode {
  DATE_INVALID = 'AUDIT_DATE_INVALID',
}

const AUDIT_ERRORS: ErrorTable<AuditErrorCode> = {
  [AuditErrorCode.DATE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal "{value}" tidak dapat dibaca; gunakan format TTTT-BB-HH, misalnya 2026-12-05.',
    en: 'The date "{value}" cannot be read; use YYYY-MM-DD, for example 2026-12-05.',
  },
};

export class AuditError extends defineDomainErrors(AUDIT_ERRORS) {}
