import { hasPermission, Permission, Role } from './access';
import { ActivityStatus, allowedActivityActions, CoOrganiserStatus, type ActivityActionFacts } from './activity';

const head: ActivityActionFacts = {
  status: ActivityStatus.SUBMITTED,
  relation: 'LEAD',
  coOrganiserStatus: null,
  canWrite: true,
  canVerify: true,
  startsInFuture: false,
};

describe('allowedActivityActions: who closes the loop', () => {
  it('lets a head of the lead agency verify and return a submission', () => {
    expect(allowedActivityActions(head)).toEqual(expect.arrayContaining(['VERIFY', 'RETURN']));
  });

  it('keeps a head from verifying their own work while another head exists, but lets them return it', () => {
    const actions = allowedActivityActions({ ...head, ownWorkWithAnotherHead: true });
    expect(actions).not.toContain('VERIFY');
    expect(actions).toContain('RETURN');
  });

  it('lets an invited or accepted co-organiser answer, and one that declined no longer', () => {
    const co = { ...head, relation: 'CO_ORGANISER' as const, status: ActivityStatus.DRAFT, canVerify: false };
    expect(allowedActivityActions({ ...co, coOrganiserStatus: CoOrganiserStatus.INVITED })).toContain('ANSWER_INVITATION');
    expect(allowedActivityActions({ ...co, coOrganiserStatus: CoOrganiserStatus.ACCEPTED })).toEqual(['ANSWER_INVITATION', 'EDIT_OWN_PARTICIPANTS', 'ADD_EVIDENCE']);
    expect(allowedActivityActions({ ...co, coOrganiserStatus: CoOrganiserStatus.DECLINED })).toEqual([]);
  });
});

/*
 * The whole table: every status × every kind of person, against issue 14's rules. A person is a role (whose
 * permissions come from ROLE_PERMISSIONS) and their agency's relation to the activity. Read a row as: "a <who>
 * looking at a <status> activity that has already started may <actions>" ("—" for nothing).
 *   - The lead agency's people record (EDIT, INVITE, ADD_EVIDENCE while PLANNED/DRAFT/RETURNED; MARK_HELD a
 *     planned one, SUBMIT a draft or returned one; ADD_FOLLOW_UP always); its head verifies or returns a
 *     submission and reopens a verified one.
 *   - Separation of duties: the head who created or submitted it, while another active head exists, may return
 *     but not verify; a head who is alone verifies their own work.
 *   - A co-organiser answers its invitation until the activity is verified; once accepted it records its own
 *     participants and evidence while the record is editable; a declined invitation is closed.
 *   - Local staff, viewers (kanwil, ditjen) and administrators record nothing; nor does any agency without a
 *     relation: a village government of a listed village confirms attendance (confirmation.ts), which is not an
 *     action on the record.
 */
type Who =
  | 'lead head'
  | 'lead head, own work, another head'
  | 'lead head, own work, alone'
  | 'lead officer (creator/submitter)'
  | 'lead local staff'
  | 'lead viewer'
  | 'co head, invited'
  | 'co head, accepted'
  | 'co head, declined'
  | 'co officer, invited'
  | 'co officer, accepted'
  | 'co officer, declined'
  | 'co local staff, accepted'
  | 'village government head (listed village)'
  | 'village government local staff (listed village)'
  | 'officer of an unrelated agency'
  | 'viewer (kanwil/ditjen)'
  | 'admin';

const PEOPLE: Record<Who, { role: Role; relation: ActivityActionFacts['relation']; invitation?: CoOrganiserStatus; ownWorkWithAnotherHead?: boolean }> = {
  'lead head': { role: Role.HEAD, relation: 'LEAD' },
  'lead head, own work, another head': { role: Role.HEAD, relation: 'LEAD', ownWorkWithAnotherHead: true },
  // ownWorkWithAnotherHead is false when the head is alone: the rules then treat them as any head.
  'lead head, own work, alone': { role: Role.HEAD, relation: 'LEAD', ownWorkWithAnotherHead: false },
  'lead officer (creator/submitter)': { role: Role.OFFICER, relation: 'LEAD' },
  'lead local staff': { role: Role.LOCAL, relation: 'LEAD' },
  'lead viewer': { role: Role.VIEWER, relation: 'LEAD' },
  'co head, invited': { role: Role.HEAD, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.INVITED },
  'co head, accepted': { role: Role.HEAD, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.ACCEPTED },
  'co head, declined': { role: Role.HEAD, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.DECLINED },
  'co officer, invited': { role: Role.OFFICER, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.INVITED },
  'co officer, accepted': { role: Role.OFFICER, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.ACCEPTED },
  'co officer, declined': { role: Role.OFFICER, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.DECLINED },
  'co local staff, accepted': { role: Role.LOCAL, relation: 'CO_ORGANISER', invitation: CoOrganiserStatus.ACCEPTED },
  'village government head (listed village)': { role: Role.HEAD, relation: 'NONE' },
  'village government local staff (listed village)': { role: Role.LOCAL, relation: 'NONE' },
  'officer of an unrelated agency': { role: Role.OFFICER, relation: 'NONE' },
  'viewer (kanwil/ditjen)': { role: Role.VIEWER, relation: 'NONE' },
  admin: { role: Role.ADMIN, relation: 'NONE' },
};

function actionsOf(who: Who, status: ActivityStatus, startsInFuture = false): string {
  const p = PEOPLE[who];
  const actions = allowedActivityActions({
    status,
    relation: p.relation,
    coOrganiserStatus: p.invitation ?? null,
    canWrite: hasPermission(p.role, Permission.ACTIVITY_WRITE),
    canVerify: hasPermission(p.role, Permission.ACTIVITY_VERIFY),
    startsInFuture,
    ownWorkWithAnotherHead: p.ownWorkWithAnotherHead,
  });
  return actions.length ? [...actions].sort().join(' ') : '—';
}

const { PLANNED, DRAFT, SUBMITTED, VERIFIED, RETURNED } = ActivityStatus;
/** Sorted, so a row reads the same whatever order the function pushes them in. */
const RECORDING = 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE';
const CO_RECORDING = 'ADD_EVIDENCE ANSWER_INVITATION EDIT_OWN_PARTICIPANTS';

const TABLE: [ActivityStatus, Who, string][] = [
  // ── The lead agency ──
  [PLANNED, 'lead head', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE MARK_HELD'],
  [DRAFT, 'lead head', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],
  [SUBMITTED, 'lead head', 'ADD_FOLLOW_UP RETURN VERIFY'],
  [VERIFIED, 'lead head', 'ADD_FOLLOW_UP REOPEN'],
  [RETURNED, 'lead head', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],

  [PLANNED, 'lead head, own work, another head', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE MARK_HELD'],
  [DRAFT, 'lead head, own work, another head', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],
  [SUBMITTED, 'lead head, own work, another head', 'ADD_FOLLOW_UP RETURN'],
  [VERIFIED, 'lead head, own work, another head', 'ADD_FOLLOW_UP REOPEN'],
  [RETURNED, 'lead head, own work, another head', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],

  [PLANNED, 'lead head, own work, alone', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE MARK_HELD'],
  [DRAFT, 'lead head, own work, alone', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],
  [SUBMITTED, 'lead head, own work, alone', 'ADD_FOLLOW_UP RETURN VERIFY'],
  [VERIFIED, 'lead head, own work, alone', 'ADD_FOLLOW_UP REOPEN'],
  [RETURNED, 'lead head, own work, alone', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],

  [PLANNED, 'lead officer (creator/submitter)', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE MARK_HELD'],
  [DRAFT, 'lead officer (creator/submitter)', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],
  [SUBMITTED, 'lead officer (creator/submitter)', 'ADD_FOLLOW_UP'],
  [VERIFIED, 'lead officer (creator/submitter)', 'ADD_FOLLOW_UP'],
  [RETURNED, 'lead officer (creator/submitter)', 'ADD_EVIDENCE ADD_FOLLOW_UP EDIT INVITE SUBMIT'],

  ...[PLANNED, DRAFT, SUBMITTED, VERIFIED, RETURNED].flatMap((s): [ActivityStatus, Who, string][] => [
    [s, 'lead local staff', '—'],
    [s, 'lead viewer', '—'],
  ]),

  // ── Co-organisers ──
  [PLANNED, 'co head, invited', 'ANSWER_INVITATION'],
  [DRAFT, 'co head, invited', 'ANSWER_INVITATION'],
  [SUBMITTED, 'co head, invited', 'ANSWER_INVITATION'],
  [VERIFIED, 'co head, invited', '—'],
  [RETURNED, 'co head, invited', 'ANSWER_INVITATION'],

  [PLANNED, 'co head, accepted', CO_RECORDING],
  [DRAFT, 'co head, accepted', CO_RECORDING],
  [SUBMITTED, 'co head, accepted', 'ANSWER_INVITATION'],
  [VERIFIED, 'co head, accepted', '—'],
  [RETURNED, 'co head, accepted', CO_RECORDING],

  [PLANNED, 'co officer, invited', 'ANSWER_INVITATION'],
  [DRAFT, 'co officer, invited', 'ANSWER_INVITATION'],
  [SUBMITTED, 'co officer, invited', 'ANSWER_INVITATION'],
  [VERIFIED, 'co officer, invited', '—'],
  [RETURNED, 'co officer, invited', 'ANSWER_INVITATION'],

  [PLANNED, 'co officer, accepted', CO_RECORDING],
  [DRAFT, 'co officer, accepted', CO_RECORDING],
  [SUBMITTED, 'co officer, accepted', 'ANSWER_INVITATION'],
  [VERIFIED, 'co officer, accepted', '—'],
  [RETURNED, 'co officer, accepted', CO_RECORDING],

  // Declined: closed in every state (re-joining takes a new invitation); local staff of a co-organiser record nothing.
  ...[PLANNED, DRAFT, SUBMITTED, VERIFIED, RETURNED].flatMap((s): [ActivityStatus, Who, string][] => [
    [s, 'co head, declined', '—'],
    [s, 'co officer, declined', '—'],
    [s, 'co local staff, accepted', '—'],
  ]),

  // ── No relation: read (and, for the village's government, confirm attendance) but never act on the record ──
  ...[PLANNED, DRAFT, SUBMITTED, VERIFIED, RETURNED].flatMap((s): [ActivityStatus, Who, string][] => [
    [s, 'village government head (listed village)', '—'],
    [s, 'village government local staff (listed village)', '—'],
    [s, 'officer of an unrelated agency', '—'],
    [s, 'viewer (kanwil/ditjen)', '—'],
    [s, 'admin', '—'],
  ]),
];

describe('allowedActivityActions: the table (started activities)', () => {
  it.each(TABLE)('%s, %s: %s', (status, who, expected) => {
    expect(actionsOf(who, status)).toBe(expected);
  });

  it('has exactly one row for every status and every kind of person', () => {
    // A new status or kind of person without its rows fails here rather than passing silently.
    const expected = Object.values(ActivityStatus).flatMap((s) => Object.keys(PEOPLE).map((who) => `${s} / ${who}`));
    expect(TABLE.map(([s, who]) => `${s} / ${who}`).sort()).toEqual(expected.sort());
  });
});

describe('allowedActivityActions: an activity that has not started yet', () => {
  it.each<[ActivityStatus, Who, string]>([
    // Planned ahead: prepared and shared, but neither marked held nor submitted before its day.
    [PLANNED, 'lead officer (creator/submitter)', RECORDING],
    [DRAFT, 'lead officer (creator/submitter)', RECORDING],
    [RETURNED, 'lead officer (creator/submitter)', RECORDING],
    [PLANNED, 'lead head', RECORDING],
    [DRAFT, 'lead head', RECORDING],
    // The other decisions do not wait for the day.
    [SUBMITTED, 'lead head', 'ADD_FOLLOW_UP RETURN VERIFY'],
    [VERIFIED, 'lead head', 'ADD_FOLLOW_UP REOPEN'],
    [PLANNED, 'co officer, accepted', CO_RECORDING],
    [PLANNED, 'co head, invited', 'ANSWER_INVITATION'],
  ])('%s, %s: %s', (status, who, expected) => {
    expect(actionsOf(who, status, true)).toBe(expected);
  });
});
