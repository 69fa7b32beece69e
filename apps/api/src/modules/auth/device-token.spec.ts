import { DEVICE_TOKEN_TTL_DAYS, issueDeviceToken, verifyDeviceToken } from './device-token';
import { at } from '@jangkau/shared-domain';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const USER = '7d1f1c5e-3f5b-4d7a-9a57-1d3f0b1e2c4d';

describe('device tokens (OWASP device cookie)', () => {
  it('names the device for the person it was issued to, and a new device each time', () => {
    const first = issueDeviceToken(USER, SECRET);
    const second = issueDeviceToken(USER, SECRET);
    expect(verifyDeviceToken(first, USER, SECRET)).toEqual(expect.any(String));
    expect(verifyDeviceToken(first, USER, SECRET)).not.toBe(verifyDeviceToken(second, USER, SECRET));
  });

  it('is an unknown device for another person, another secret, a changed token, or after it lapsed', () => {
    const token = issueDeviceToken(USER, SECRET);
    expect(verifyDeviceToken(token, '00000000-0000-4000-8000-000000000000', SECRET)).toBeNull();
    expect(verifyDeviceToken(token, USER, `${SECRET}!`)).toBeNull();
    const parts = token.split('.');
    const [body, signature] = [at(parts, 0, 'body'), at(parts, 1, 'signature')];
    // Another person's id in the body, the signature kept: refused.
    const swapped = Buffer.from(Buffer.from(body, 'base64url').toString().replace(USER, '00000000-0000-4000-8000-000000000000')).toString('base64url');
    expect(verifyDeviceToken(`${swapped}.${signature}`, '00000000-0000-4000-8000-000000000000', SECRET)).toBeNull();
    for (const bad of ['', 'x', `${body}.`, `${body}.${signature}.x`, 'a'.repeat(600), null, undefined]) expect(verifyDeviceToken(bad, USER, SECRET)).toBeNull();
    const day = 86_400_000;
    const old = issueDeviceToken(USER, SECRET, Date.now() - (DEVICE_TOKEN_TTL_DAYS + 1) * day);
    expect(verifyDeviceToken(old, USER, SECRET)).toBeNull();
    expect(verifyDeviceToken(issueDeviceToken(USER, SECRET, Date.now() - (DEVICE_TOKEN_TTL_DAYS - 1) * day), USER, SECRET)).toEqual(expect.any(String));
  });
});
