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
