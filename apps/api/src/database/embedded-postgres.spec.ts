import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstClosedFolder } from './embedded-postgres';

// The check that names the folder the embedded PostgreSQL's system user cannot enter (the app runs as root).
describe('firstClosedFolder', () => {
  let base: string;
  let owner: number;
  let group: number;
  const stranger = 4_000_123;

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'jangkau-reach-'));
    chmodSync(base, 0o755);
    ({ uid: owner, gid: group } = statSync(base));
  });
  afterEach(() => {
    chmodSync(base, 0o755);
    rmSync(base, { recursive: true, force: true });
  });

  it("names a home folder closed to others (700), as root's is", () => {
    const home = join(base, 'root');
    mkdirSync(join(home, 'jangkau', '.data'), { recursive: true });
    chmodSync(home, 0o700);
    expect(firstClosedFolder(join(home, 'jangkau', '.data'), stranger, [])).toBe(home);
    // Its owner passes, and so does a member of its group once the group may enter.
    expect(firstClosedFolder(join(home, 'jangkau', '.data'), owner, [])).toBeNull();
    chmodSync(home, 0o710);
    expect(firstClosedFolder(join(home, 'jangkau', '.data'), stranger, [group])).toBeNull();
    expect(firstClosedFolder(join(home, 'jangkau', '.data'), stranger, [])).toBe(home);
  });

  it('lets anyone through folders open to others (755), and stops checking where the path does not exist yet', () => {
    mkdirSync(join(base, 'srv', 'jangkau'), { recursive: true });
    expect(firstClosedFolder(join(base, 'srv', 'jangkau'), stranger, [])).toBeNull();
    expect(firstClosedFolder(join(base, 'srv', 'jangkau', 'not-yet', 'postgres'), stranger, [])).toBeNull();
  });
});
