/**
 * `npm run admin:create -- <username>`: creates an administrator on DATABASE_URL (or the embedded database).
 * The password is read from the terminal without echo, or from standard input when piped; it never appears in
 * the shell history or the process list.
 */
import { checkPassword } from '@jangkau/shared-domain';
import { createInterface } from 'node:readline';
import { AuditService } from '../modules/audit/audit.service';
import { createAdmin } from '../modules/seed/demo-seed';
import { userIdOf } from '../modules/seed/demo.repository';
import { runWithDatabase } from './with-database';

const username = (process.argv[2] ?? '').trim().toLowerCase();
if (!/^[a-z0-9][a-z0-9._-]{2,59}$/.test(username)) {
  console.error('Usage: npm run admin:create -- <username>   (3–60 characters: a-z 0-9 . _ -)');
  process.exit(2);
}

async function readPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write(prompt);
    // Mute the echo of typed characters.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line;
}

runWithDatabase('jangkau-admin-create', async (dataSource) => {
  await dataSource.runMigrations({ transaction: 'each' });
  const password = await readPassword(`Password for ${username}: `);
  const problem = checkPassword(password, username);
  if (problem) throw new Error(`Password refused (${problem}): at least 10 characters, letters plus digits or punctuation, not the username.`);
  const agencyName = process.env.INITIAL_ADMIN_AGENCY || 'Direktorat Jenderal Imigrasi';
  await dataSource.transaction(async (manager) => {
    if (await userIdOf(manager, username)) throw new Error(`The username "${username}" is taken.`);
    await createAdmin(manager, new AuditService(), { username, password, agencyName }, 'admin:create');
  });
  console.log(`Administrator "${username}" created (agency: ${agencyName}).`);
});
