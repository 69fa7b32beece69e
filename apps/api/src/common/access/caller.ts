import { AgencyType, NATIONAL_AGENCY_TYPES, Permission, Role, ROLE_PERMISSIONS } from '@jangkau/shared-domain';

/**
 * Which regions a caller may read about. NATIONAL: all of Indonesia (admins, the directorate general, the
 * ministry). AREA: the agency's working area (codes at any level; a region is inside when it is one of them or
 * lies below one).
 */
export type Scope = { kind: 'NATIONAL' } | { kind: 'AREA'; regionCodes: string[] };

/** The signed-in person behind a request, resolved once per request by the access guard. */
export interface Caller {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string;
  agencyParentId: string | null;
  agencyType: AgencyType;
  mustChangePassword: boolean;
  permissions: readonly Permission[];
  scope: Scope;
}

export function scopeFor(role: Role, agencyType: AgencyType, workingArea: string[]): Scope {
  if (role === Role.ADMIN || NATIONAL_AGENCY_TYPES.includes(agencyType)) return { kind: 'NATIONAL' };
  return { kind: 'AREA', regionCodes: workingArea };
}

export function permissionsFor(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
