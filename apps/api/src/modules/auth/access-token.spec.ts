import { hashPassword, verifyPassword } from '../../common/access/password-hasher';
import { issueAccessToken, verifyAccessToken } from './access-token';
import { at } from '@jangkau/shared-domain';

const SECRET = 'a-test-secret-that-is-long-enough-1234';

describe('access tokens', () => {
  it('round-trips the user id and token version', () => {
    const token = issueAccessToken('user-1', 3, 900, SECRET);
    expect(verifyAccessToken(token, SECRET)).toMatchObject({ sub: 'user-1', tv: 3 });
  });

  it('carries the session id (sid) when given one, and none otherwise', () => {
    const sid = '7d1e4c5a-2f8b-4f0e-9c1d-3a5b6c7d8e9f';
    expect(verifyAccessToken(issueAccessToken('user-1', 3, 900, SECRET, Date.now(), sid), SECRET)).toMatchObject({ sub: 'user-1', tv: 3, sid });
    expect(verifyAccessToken(issueAccessToken('user-1', 3, 900, SECRET), SECRET)).not.toHaveProperty('sid');
  });

  it('refuses an expired token', () => {
    const token = issueAccessToken('user-1', 0, 900, SECRET, Date.now() - 901_000);
    expect(verifyAccessToken(token, SECRET)).toBe('EXPIRED');
  });

  it('refuses a token whose payload was changed', () => {
    const parts = issueAccessToken('user-1', 0, 900, SECRET).split('.');
    const [header, payload, signature] = [at(parts, 0, 'header'), at(parts, 1, 'payload'), at(parts, 2, 'signature')];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin' })).toString('base64url');
    expect(verifyAccessToken(`${header}.${forged}.${signature}`, SECRET)).toBe('BAD_SIGNATURE');
  });

  it('refuses a token signed with another secret, and an unsigned one', () => {
    const token = issueAccessToken('user-1', 0, 900, 'another-secret-another-secret-123');
    expect(verifyAccessToken(token, SECRET)).toBe('BAD_SIGNATURE');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${token.split('.')[1]}.`;
    expect(verifyAccessToken(none, SECRET)).toBe('MALFORMED');
    expect(verifyAccessToken('garbage', SECRET)).toBe('MALFORMED');
  });
});

describe('password hashing', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('jangkau-demo');
    const b = await hashPassword('jangkau-demo');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('jangkau-demo', a)).toBe(true);
    expect(await verifyPassword('jangkau-demo ', a)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});
