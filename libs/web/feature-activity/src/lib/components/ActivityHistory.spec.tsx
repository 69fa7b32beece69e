import { render, screen } from '@testing-library/react';
import type { ActivityDetailFragment } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { ActivityHistory } from './ActivityHistory';

type Entry = ActivityDetailFragment['history'][number];

const entry = (id: string, operation: string, changes: { field: string; to: string | null }[] = []): Entry =>
  ({ __typename: 'AuditEntry', id, at: '2025-06-20T03:00:00.000Z', actorUsername: 'kepala.kerinci', operation, changes: changes.map((c) => ({ __typename: 'AuditChange', ...c })) }) as Entry;

describe('ActivityHistory', () => {
  beforeAll(() => initI18n('id'));
  afterEach(() => setLanguage('id'));

  it('says "memverifikasi (diverifikasi oleh pembuatnya)" when the head verified their own work, and plainly otherwise', () => {
    render(
      <ActivityHistory
        history={[
          entry('1', 'submitActivity', [{ field: 'status', to: '"SUBMITTED"' }]),
          entry('2', 'verifyActivity', [
            { field: 'status', to: '"VERIFIED"' },
            { field: 'selfVerified', to: 'true' },
          ]),
          entry('3', 'reopenActivity'),
          entry('4', 'verifyActivity', [{ field: 'status', to: '"VERIFIED"' }]),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[1]).toMatch(/kepala\.kerinci memverifikasi \(diverifikasi oleh pembuatnya\)$/);
    expect(items[3]).toMatch(/kepala\.kerinci memverifikasi$/);
    expect(items[0]).toMatch(/mengajukan$/);
  });

  it('says it in English for an English reader', async () => {
    await setLanguage('en');
    render(<ActivityHistory history={[entry('2', 'verifyActivity', [{ field: 'selfVerified', to: 'true' }])]} />);
    expect(screen.getByRole('listitem').textContent).toMatch(/\(verified by its maker\)$/);
  });

  it('shows nothing without history', () => {
    const { container } = render(<ActivityHistory history={[]} />);
    expect(container.textContent).toBe('');
  });
});
