import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { PeriodPicker } from './PeriodPicker';
import { useCoverageFilters } from './useCoverageFilters';

const submitted = jest.fn();

/** The picker as the dashboard and map use it: its choice goes to the URL through useCoverageFilters. */
function Harness() {
  const filters = useCoverageFilters(null);
  const location = useLocation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submitted();
      }}
    >
      <PeriodPicker period={filters.period} onChange={({ periode, dari = '', sampai = '' }) => filters.update({ periode, dari, sampai })} />
      <div data-testid="search">{decodeURIComponent(location.search)}</div>
    </form>
  );
}

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Harness />
    </MemoryRouter>,
  );
const search = () => screen.getByTestId('search').textContent;
const chosen = () => screen.getByText(/^(Dipilih|Chosen):/).textContent;
const selected = (name: string | RegExp) => {
  const select = screen.getByRole('combobox', { name }) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent;
};
const typeIn = (text: string) => {
  const box = screen.getByRole('textbox', { name: 'Atau ketik periode' });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
  return box;
};

describe('PeriodPicker', () => {
  beforeAll(() => initI18n('id'));
  afterEach(async () => {
    submitted.mockClear();
    await setLanguage('id');
  });

  it('shows the period of the address in Indonesian: kind, quarter and year', () => {
    renderAt('/dasbor?periode=2026-Q4');
    expect(screen.getByRole('group', { name: 'Periode' })).toBeTruthy();
    expect(selected('Jenis periode')).toBe('Triwulan');
    expect(selected('Triwulan')).toBe('Triwulan IV');
    expect(selected('Tahun')).toBe('2026');
    expect(chosen()).toBe('Dipilih: Triwulan IV 2026');
  });

  it('typing "Des 2026" and Enter chooses December 2026, not the year, and does not submit the form around it', () => {
    renderAt('/dasbor?periode=2025');
    const box = typeIn('Des 2026');
    expect(search()).toBe('?periode=2026-12');
    expect(selected('Jenis periode')).toBe('Bulan');
    expect(selected('Bulan')).toBe('Desember');
    expect(selected('Tahun')).toBe('2026');
    expect(chosen()).toBe('Dipilih: Desember 2026');
    expect((box as HTMLInputElement).value).toBe('');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('reads the other forms people type, with the Terapkan button too', () => {
    renderAt('/dasbor?periode=2025');
    typeIn('Triwulan IV 2026');
    expect(search()).toBe('?periode=2026-Q4');
    typeIn('S1 2026');
    expect(search()).toBe('?periode=2026-S1');
    expect(chosen()).toBe('Dipilih: Semester I 2026');
    fireEvent.change(screen.getByRole('textbox', { name: 'Atau ketik periode' }), { target: { value: '1 Jan – 15 Mar 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(search()).toBe('?periode=kustom&dari=2026-01-01&sampai=2026-03-15');
    expect(selected('Jenis periode')).toBe('Rentang khusus');
    expect(chosen()).toBe('Dipilih: 1 Jan\u00a0– 15 Mar 2026');
  });

  it('says what it cannot read beside the box and keeps the period as it was', () => {
    renderAt('/dasbor?periode=2025-Q2');
    const box = typeIn('besok lusa');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Periode tidak dikenali: "besok lusa"\. Contoh yang dikenali: Desember 2026, Des 2026, 12\/2026, Triwulan IV 2026/);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(alert.id);
    expect(search()).toBe('?periode=2025-Q2');
    expect(chosen()).toBe('Dipilih: Triwulan II 2025');
    typeIn('31 Feb 2026');
    expect(screen.getByRole('alert').textContent).toMatch(/tidak ada di kalender/);
    // Typing again clears the complaint.
    fireEvent.change(box, { target: { value: 'Des' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(search()).toBe('?periode=2025-Q2');
  });

  it('changes kind and values with the selects, keyboard-usable as native selects', () => {
    renderAt('/dasbor?periode=2025-Q2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Jenis periode' }), { target: { value: 'SEMESTER' } });
    expect(search()).toBe('?periode=2025-S1');
    fireEvent.change(screen.getByRole('combobox', { name: 'Semester' }), { target: { value: '2' } });
    expect(search()).toBe('?periode=2025-S2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Tahun' }), { target: { value: '2024' } });
    expect(search()).toBe('?periode=2024-S2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Jenis periode' }), { target: { value: 'MONTH' } });
    expect(search()).toBe('?periode=2024-07');
    fireEvent.change(screen.getByRole('combobox', { name: 'Bulan' }), { target: { value: '12' } });
    expect(search()).toBe('?periode=2024-12');
    fireEvent.change(screen.getByRole('combobox', { name: 'Jenis periode' }), { target: { value: 'YEAR' } });
    expect(search()).toBe('?periode=2024');
    expect(chosen()).toBe('Dipilih: Tahun 2024');
    expect(
      within(screen.getByRole('combobox', { name: 'Jenis periode' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Bulan', 'Triwulan', 'Semester', 'Tahun', 'Rentang khusus']);
  });

  it('takes a custom range only once its dates make one, saying why not until then', () => {
    renderAt('/dasbor?periode=2025-Q2');
    fireEvent.change(screen.getByRole('combobox', { name: 'Jenis periode' }), { target: { value: 'CUSTOM' } });
    expect(search()).toBe('?periode=kustom&dari=2025-04-01&sampai=2025-06-30');
    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '2025-07-15' } });
    expect(screen.getByRole('alert').textContent).toMatch(/berakhir sebelum dimulai/);
    expect(search()).toBe('?periode=kustom&dari=2025-04-01&sampai=2025-06-30');
    fireEvent.change(screen.getByLabelText('Sampai tanggal'), { target: { value: '2025-08-20' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(search()).toBe('?periode=kustom&dari=2025-07-15&sampai=2025-08-20');
    expect(chosen()).toBe('Dipilih: 15 Jul\u00a0– 20 Agu 2025');
  });

  it('opens old links: a period written in words means what it says, and one that is not a period is said, not hidden', () => {
    renderAt('/dasbor?periode=Triwulan IV 2026');
    expect(chosen()).toBe('Dipilih: Triwulan IV 2026');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when the address holds no period it can read, and what it shows instead', () => {
    renderAt('/dasbor?periode=kemarin');
    expect(screen.getByRole('status').textContent).toMatch(/^Periode pada alamat ini tidak dapat dipakai\. Periode tidak dikenali: "kemarin"\..* Yang ditampilkan: Tahun \d{4}\.$/);
  });

  it('speaks English in English mode', async () => {
    await setLanguage('en');
    renderAt('/dasbor?periode=2026-Q4');
    expect(selected('Kind of period')).toBe('Quarter');
    expect(selected('Quarter')).toBe('Q4');
    expect(chosen()).toBe('Chosen: Q4 2026');
    const box = screen.getByRole('textbox', { name: 'Or type a period' });
    fireEvent.change(box, { target: { value: 'December 2026' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(chosen()).toBe('Chosen: December 2026');
    fireEvent.change(box, { target: { value: 'soon' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toMatch(/^Period not recognised: "soon"\./);
  });
});
