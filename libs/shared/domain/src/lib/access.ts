/**
 * Who may do what: roles, agency types and the permissions each role holds. Pure data, shared by the API (which
 * enforces it) and the web app (which hides what a user cannot do; hiding is courtesy, the API is the gate).
 */
export enum Role {
  /** Agencies, users and reference data; sees everything. */
  ADMIN = 'ADMIN',
  /** Kepala/pimpinan: what an officer may do for the agency, plus verify/return activities and set targets. */
  HEAD = 'HEAD',
  /** Petugas, staf mitra: record the agency's own activities, propose joint ones. */
  OFFICER = 'OFFICER',
  /** Camat, lurah, kepala desa and staff: read activities touching their region, confirm attendance, follow up. */
  LOCAL = 'LOCAL',
  /** Kanwil, directorate general, ministry, task force: read and report across their scope. */
  VIEWER = 'VIEWER',
}

export enum AgencyType {
  KANTOR_IMIGRASI = 'KANTOR_IMIGRASI',
  KANWIL = 'KANWIL',
  DITJEN = 'DITJEN',
  KEMENTERIAN = 'KEMENTERIAN',
  DINAS = 'DINAS',
  PEMDA = 'PEMDA',
  KECAMATAN = 'KECAMATAN',
  DESA_KELURAHAN = 'DESA_KELURAHAN',
  LAINNYA = 'LAINNYA',
}

/** Agencies whose working area is the whole country. */
export const NATIONAL_AGENCY_TYPES: readonly AgencyType[] = [AgencyType.DITJEN, AgencyType.KEMENTERIAN];

export enum Permission {
  /** See agencies in one's scope (every signed-in user). */
  AGENCY_READ = 'AGENCY_READ',
  AGENCY_MANAGE = 'AGENCY_MANAGE',
  /** See the people of one's own agency (heads) or of all agencies (admins). */
  USER_READ = 'USER_READ',
  USER_MANAGE = 'USER_MANAGE',
  /** Read the audit trail: one's own agency's (heads), all of it (admins). */
  AUDIT_READ = 'AUDIT_READ',
  /** See activities: one's own agency's and joint ones in any state, others' planned and verified ones in scope. */
  ACTIVITY_READ = 'ACTIVITY_READ',
  /** Record, edit and submit one's own agency's activities; invite partners; answer invitations. */
  ACTIVITY_WRITE = 'ACTIVITY_WRITE',
  /** Verify, return and reopen one's own agency's activities. */
  ACTIVITY_VERIFY = 'ACTIVITY_VERIFY',
  /** Update the follow-ups one's agency is responsible for. */
  FOLLOW_UP_UPDATE = 'FOLLOW_UP_UPDATE',
  /** Reference lists: topics, programme frameworks. */
  REFERENCE_MANAGE = 'REFERENCE_MANAGE',
  /** Set one's own agency's targets (heads), any agency's (admins). */
  TARGET_MANAGE = 'TARGET_MANAGE',
  /** Designate and update one's own immigration office's Desa Binaan (heads), any office's (admins). */
  DESA_BINAAN_MANAGE = 'DESA_BINAAN_MANAGE',
  /**
   * Confirm or dispute that a village was reached by a verified activity. Held by heads, officers and local staff,
   * but effective only for the village's own government (its desa/kelurahan, or its kecamatan).
   */
  ATTENDANCE_CONFIRM = 'ATTENDANCE_CONFIRM',
  /** Read the outgoing e-mail (the outbox and, without SMTP, the messages kept in a folder): administrators. */
  MAIL_READ = 'MAIL_READ',
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Administrators run the system and read everything; recording and verifying activities is the agencies' work.
  [Role.ADMIN]: Object.values(Permission).filter(
    (p) => p !== Permission.ACTIVITY_WRITE && p !== Permission.ACTIVITY_VERIFY && p !== Permission.FOLLOW_UP_UPDATE && p !== Permission.ATTENDANCE_CONFIRM,
  ),
  [Role.HEAD]: [
    Permission.AGENCY_READ,
    Permission.USER_READ,
    Permission.AUDIT_READ,
    Permission.ACTIVITY_READ,
    Permission.ACTIVITY_WRITE,
    Permission.ACTIVITY_VERIFY,
    Permission.FOLLOW_UP_UPDATE,
    Permission.TARGET_MANAGE,
    Permission.DESA_BINAAN_MANAGE,
    Permission.ATTENDANCE_CONFIRM,
  ],
  [Role.OFFICER]: [Permission.AGENCY_READ, Permission.ACTIVITY_READ, Permission.ACTIVITY_WRITE, Permission.FOLLOW_UP_UPDATE, Permission.ATTENDANCE_CONFIRM],
  [Role.LOCAL]: [Permission.AGENCY_READ, Permission.ACTIVITY_READ, Permission.FOLLOW_UP_UPDATE, Permission.ATTENDANCE_CONFIRM],
  [Role.VIEWER]: [Permission.AGENCY_READ, Permission.ACTIVITY_READ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** KECAMATAN and DESA_KELURAHAN agencies are bound to exactly one region of that level. */
export function requiredHomeDepth(type: AgencyType): 3 | 4 | null {
  if (type === AgencyType.KECAMATAN) return 3;
  if (type === AgencyType.DESA_KELURAHAN) return 4;
  return null;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_SIMPLE' | 'CONTAINS_USERNAME';

/**
 * A sensible policy (NIST 800-63B spirit): long enough, not absurdly long, more than one kind of character, not the
 * username. No forced rotation; no composition theatre beyond letters plus something else.
 */
export function checkPassword(password: string, username: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password) || new Set(password).size < 5) return 'TOO_SIMPLE';
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return 'CONTAINS_USERNAME';
  return null;
}
