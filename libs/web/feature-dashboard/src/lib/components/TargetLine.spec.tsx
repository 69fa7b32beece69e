import { act, render, screen } from '@testing-library/react';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { TargetLine, type DashboardTarget } from './KpiCards';

const target = (over: Partial<DashboardTarget> = {}): DashboardTarget => ({
  id: 't1',
  period: '2025',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  indicator: 'ACTIVITIES',
  programmeItem: null,
  value: 120,
  achieved: 45,
  progress: 0.375,
  elapsed: 0.825,
  expected: 99,
  status: 'BEHIND',
  ...over,
});

const line = () => document.querySelector('.target__line')?.textContent?.replace(/\u00a0/g, ' ');

describe('TargetLine', () => {
  beforeAll(() => initI18n('id'));
  afterEach(async () => {
    await act(() => setLanguage('id'));
  });

  it('says the target, what the agency achieved and where it should be by today, with the status', () => {
    render(<TargetLine target={target()} />);
    expect(line()).toBe('Tertinggal Target 2025: 120 · capaian instansi 45 (38 %) · seharusnya 99 per hari ini');
    expect(screen.getByText('Tertinggal').className).toContain('target-status--behind');
  });

  it('names a quarter and a programme item, and writes thousands the Indonesian way', () => {
    render(
      <TargetLine
        target={target({
          period: '2025-Q2',
          programmeItem: { id: 'i8', number: 8, title: 'Pencegahan TPPO dan TPPM' },
          value: 1500,
          achieved: 1234,
          progress: 1234 / 1500,
          expected: 1237.5,
          status: 'BEHIND',
        })}
      />,
    );
    expect(line()).toBe('Tertinggal Target Triwulan II 2025 (program 8): 1.500 · capaian instansi 1.234 (82 %) · seharusnya 1.238 per hari ini');
  });

  it('shows the on-track and achieved statuses, and an ended period without a pace', () => {
    const { unmount } = render(<TargetLine target={target({ achieved: 100, progress: 100 / 120, status: 'ON_TRACK' })} />);
    expect(screen.getByText('Sesuai jalur')).toBeTruthy();
    unmount();
    render(<TargetLine target={target({ achieved: 130, progress: 130 / 120, elapsed: 1, expected: 120, status: 'ACHIEVED' })} />);
    expect(line()).toBe('Tercapai Target 2025: 120 · capaian instansi 130 (108 %) · periode target telah berakhir');
  });

  it('writes a coverage-ratio target as percentages', () => {
    render(<TargetLine target={target({ indicator: 'COVERAGE_RATIO', value: 0.5, achieved: 0.2, progress: 0.4, expected: 0.4125, status: 'BEHIND' })} />);
    expect(line()).toBe('Tertinggal Target 2025: 50 % · capaian instansi 20 % (40 %) · seharusnya 41,3 % per hari ini');
  });

  it('speaks English when the reader chose it', async () => {
    await act(() => setLanguage('en'));
    render(<TargetLine target={target({ status: 'ON_TRACK', achieved: 1100, value: 1200, progress: 1100 / 1200, expected: 990 })} />);
    expect(line()).toBe('On track Target 2025: 1,200 · agency achieved 1,100 (92%) · should be 990 by today');
  });
});
