import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './access';

/*
 * The password policy (NIST 800-63B spirit) as a table: the case, what the API (user.service, auth.service,
 * create-admin) and the form answer (`null`: accepted), the password and the username it is for. The first
 * problem found is the one reported: length, then simplicity, then the username.
 */
describe('checkPassword: accepted and refused passwords', () => {
  it.each<[string, PasswordProblem | null, string, string]>([
    // ── Length: 10 to 128 characters ──
    ['the demo password', null, 'jangkau-demo', 'kepala.kerinci'],
    ['exactly the minimum', null, 'abcdefgh1!', 'kepala.kerinci'],
    ['one short of the minimum', 'TOO_SHORT', 'abcdefg1!', 'kepala.kerinci'],
    ['empty', 'TOO_SHORT', '', 'kepala.kerinci'],
    ['exactly the maximum', null, 'abcde-12345'.repeat(11) + 'abcdefg', 'kepala.kerinci'],
    ['one over the maximum', 'TOO_LONG', 'abcde-12345'.repeat(11) + 'abcdefgh', 'kepala.kerinci'],
    ['a passphrase (spaces count as something other than letters)', null, 'kopi pahit di pagi hari', 'kepala.kerinci'],
    // ── More than one kind of character, at least five different ones ──
    ['letters only', 'TOO_SIMPLE', 'abcdefghijkl', 'kepala.kerinci'],
    ['digits only', 'TOO_SIMPLE', '1234567890', 'kepala.kerinci'],
    ['symbols only', 'TOO_SIMPLE', '!@#$%^&*()', 'kepala.kerinci'],
    ['two different characters', 'TOO_SIMPLE', 'aaaa1aaaa1', 'kepala.kerinci'],
    ['four different characters', 'TOO_SIMPLE', 'abc1abc1abc1', 'kepala.kerinci'],
    ['five different characters', null, 'abcd1abcd1', 'kepala.kerinci'],
    ['letters of any script', null, 'пароль-2025', 'kepala.kerinci'],
    ['no forced composition: no capital, no symbol', null, 'merangin2025', 'kepala.kerinci'],
    // ── Not the username, in any case ──
    ['the username inside it', 'CONTAINS_USERNAME', 'kepala.kerinci-2025', 'kepala.kerinci'],
    ['the username in capitals', 'CONTAINS_USERNAME', 'KEPALA.KERINCI!', 'kepala.kerinci'],
    ['a short username is not looked for', null, 'ab-cdefgh12', 'ab'],
    ['a three-letter username is', 'CONTAINS_USERNAME', 'xyz-abcdefg1', 'xyz'],
    // ── Which problem is reported first ──
    ['short and the username: too short', 'TOO_SHORT', 'admin1', 'admin'],
    ['simple and the username: too simple', 'TOO_SIMPLE', 'adminadminadmin', 'admin'],
  ])('%s: %s', (_case, problem, password, username) => {
    expect(checkPassword(password, username)).toBe(problem);
  });

  it('has the bounds the table assumes', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([10, 128]);
    expect('abcde-12345'.repeat(11) + 'abcdefg').toHaveLength(PASSWORD_MAX_LENGTH);
  });
});
