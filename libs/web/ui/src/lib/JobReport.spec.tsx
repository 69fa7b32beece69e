import { render, screen, within } from '@testing-library/react';
import { JobProgress, JobReport, type JobReportProblems } from './JobReport';

interface Problem {
  row: number;
  message: string;
}

const table = (rows: Problem[], extra: Partial<JobReportProblems<Problem>> = {}): JobReportProblems<Problem> => ({
  key: 'errors',
  title: 'Errors',
  rows,
  rowKey: (p) => p.row,
  columns: [
    { key: 'row', header: 'Row', cell: (p) => p.row },
    { key: 'problem', header: 'Problem', cell: (p) => p.message },
  ],
  ...extra,
});

describe('JobReport', () => {
  it('is a region named by its title, with the outcome as a status', () => {
    render(<JobReport title="Import report" status="ok" message="3 ready to import" counts={[]} />);
    const report = screen.getByRole('region', { name: 'Import report' });
    const status = within(report).getByRole('status');
    expect(status.textContent).toBe('3 ready to import');
    expect(status.className).toBe('notice');
  });

  it('marks an outcome with blocking problems', () => {
    render(<JobReport title="r" status="problem" message="Nothing was saved" counts={[]} />);
    expect(screen.getByRole('status').className).toBe('returned-banner');
  });

  it('lists the figures, sentences or named values, and leaves out the ones switched off', () => {
    const { container } = render(
      <JobReport title="r" status="ok" message="m" counts={[{ key: 'rows', label: '5 rows' }, false, null, { key: 'matched', label: 'Matched', value: '144' }]} />,
    );
    const items = within(container.querySelector('.import-counts') as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['5 rows', 'Matched: 144']);
  });

  it('has no figures list when there are none', () => {
    const { container } = render(<JobReport title="r" status="ok" message="m" counts={[false]} />);
    expect(container.querySelector('.import-counts')).toBeNull();
  });

  it('shows each problem table named by its title, and skips an empty one', () => {
    render(<JobReport title="r" status="problem" message="m" counts={[]} problems={[table([{ row: 3, message: 'end before start' }]), table([], { key: 'warnings', title: 'Warnings' })]} />);
    const errors = screen.getByRole('table', { name: 'Errors' });
    expect(errors.classList.contains('import-problems')).toBe(true);
    expect(within(errors).getByRole('row', { name: /3 end before start/ })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Warnings' })).toBeNull();
  });

  it('says when the report lists only the first problems', () => {
    const rows = [{ row: 1, message: 'a' }];
    const { rerender } = render(<JobReport title="r" status="problem" message="m" counts={[]} problems={[table(rows, { total: 40, truncatedNote: '1 of 40 shown' })]} />);
    expect(screen.getByText('1 of 40 shown')).toBeTruthy();
    rerender(<JobReport title="r" status="problem" message="m" counts={[]} problems={[table(rows, { total: 1, truncatedNote: '1 of 1 shown' })]} />);
    expect(screen.queryByText('1 of 1 shown')).toBeNull();
  });

  it('puts the actions after the figures and the extra content after the problems', () => {
    const { container } = render(
      <JobReport title="r" status="ok" message="m" counts={[{ key: 'a', label: 'one' }]} actions={<button type="button">Import</button>} problems={[table([{ row: 1, message: 'x' }])]}>
        <h2>Preview</h2>
      </JobReport>,
    );
    const order = Array.from(container.querySelectorAll('.import-counts, button, table, h2')).map((e) => e.tagName);
    expect(order).toEqual(['UL', 'BUTTON', 'TABLE', 'H2']);
  });
});

describe('JobProgress', () => {
  it('shows the upload as a fraction', () => {
    render(<JobProgress progress={{ phase: 'upload', fraction: 0.5 }} uploadingLabel="Uploading…" phaseLabel={() => 'never'} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Uploading…');
    expect(status.querySelector('progress')?.getAttribute('value')).toBe('0.5');
  });

  it('shows a server phase as done of total', () => {
    render(<JobProgress progress={{ phase: 'validate', done: 3, total: 10 }} uploadingLabel="Uploading…" phaseLabel={(p) => `${p.phase} ${p.done}/${p.total}`} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('validate 3/10');
    const bar = status.querySelector('progress');
    expect([bar?.getAttribute('max'), bar?.getAttribute('value')]).toEqual(['10', '3']);
  });

  it('keeps the bar valid when the total is not known yet', () => {
    render(<JobProgress progress={{ phase: 'read', done: 0, total: 0 }} uploadingLabel="u" phaseLabel={() => 'reading'} />);
    expect(screen.getByRole('status').querySelector('progress')?.getAttribute('max')).toBe('1');
  });
});
