import { fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '@jangkau/web-i18n';
import { QueryState, type QueryStateProps } from './QueryState';

type Props = Omit<QueryStateProps<{ items: string[] }>, 'children' | 'describeError'>;

function view(props: Props) {
  return render(
    <QueryState {...props} describeError={(e) => `failed: ${String((e as Error | undefined)?.message)}`} isEmpty={(d) => d.items.length === 0} empty={<p>nothing</p>}>
      {(d) => (
        <ul>
          {d.items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </QueryState>,
  );
}

describe('QueryState', () => {
  beforeAll(() => initI18n('en'));

  it('shows placeholder rows while the first answer loads', () => {
    view({ loading: true, data: undefined });
    expect(screen.getByRole('status').textContent).toContain('Loading…');
  });

  it('keeps the answer shown while the next one loads', () => {
    view({ loading: true, data: { items: ['a'] } });
    expect(screen.getByRole('listitem').textContent).toContain('a');
  });

  it('shows the error with its words and a retry button', () => {
    const onRetry = jest.fn();
    view({ loading: false, error: new Error('boom'), data: undefined, onRetry });
    expect(screen.getByRole('alert').textContent).toContain('The data could not be loaded');
    expect(screen.getByRole('alert').textContent).toContain('failed: boom');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('keeps data kept from before over an error unless told the error hides it', () => {
    const { unmount } = view({ loading: false, error: new Error('boom'), data: { items: ['a'] } });
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();
    view({ loading: false, error: new Error('boom'), data: { items: ['a'] }, errorHidesData: true });
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('shows the empty state for an empty answer, and for none with no error', () => {
    const { unmount } = view({ loading: false, data: { items: [] } });
    expect(screen.getByText('nothing')).toBeTruthy();
    unmount();
    view({ loading: false, data: null });
    expect(screen.getByText('nothing')).toBeTruthy();
  });

  it('treats nothing without an error as a failure when asked', () => {
    view({ loading: false, data: undefined, missingIsError: true });
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
