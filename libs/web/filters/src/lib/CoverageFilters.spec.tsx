import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { initI18n } from '@jangkau/web-i18n';
import { CoverageFilters, type CoverageFilterSources, type ProgrammeFrameworkChoice } from './CoverageFilters';
import { useCoverageFilters } from './useCoverageFilters';

const ITEM_8 = '7a1c2a52-8d8e-4d55-9a39-6a3c1d0a0008';
const FRAMEWORKS: ProgrammeFrameworkChoice[] = [
  { id: 'f13', name: '13 Program Akselerasi', validFrom: '2024-01-01', validTo: '2025-12-31', items: [{ id: ITEM_8, number: 8, title: 'Pencegahan TPPO dan TPPM' }] },
];
const sources: CoverageFilterSources = {
  useRegionSearch: () => ({ query: '', results: [], loading: false, settled: false, tooLong: false }),
  useAgencySearch: () => ({ query: '', agencies: [], loading: false, settled: false }),
  useProgrammeFrameworks: () => FRAMEWORKS,
};

function Filters() {
  const filters = useCoverageFilters(null);
  return <CoverageFilters filters={filters} sources={sources} regionName={null} agencyName={null} ownAgencyName={null} />;
}

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Filters />
    </MemoryRouter>,
  );
const options = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('CoverageFilters: the programme filter follows the period', () => {
  beforeAll(() => initI18n('id'));

  it('offers the items of the framework in force in the period', () => {
    renderAt('/dasbor?periode=2025-Q4');
    expect(options(screen.getByLabelText('Butir program'))).toEqual(['Semua program', '8. Pencegahan TPPO dan TPPM']);
    expect(screen.queryByText(/Tidak ada kerangka program/)).toBeNull();
  });

  it('says when no framework is in force in the period, and offers no item of another period', () => {
    renderAt('/dasbor?periode=2026');
    expect(options(screen.getByLabelText('Butir program'))).toEqual(['Semua program']);
    expect(screen.getByText('Tidak ada kerangka program yang berlaku pada periode ini, jadi tidak ada butir program untuk disaring.')).toBeTruthy();
  });

  it('keeps an item from the address that does not apply in the period visible, says so, and lets it go', () => {
    renderAt(`/dasbor?periode=2026-Q1&program=${ITEM_8}`);
    const select = screen.getByLabelText('Butir program') as HTMLSelectElement;
    expect(select.value).toBe(ITEM_8);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^Butir yang dipilih tidak berlaku pada periode ini \(13 Program Akselerasi berlaku 1 Januari 2024 s\.d\. 31 Desember 2025\)/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(options(screen.getByLabelText('Butir program'))).toEqual(['Semua program']);
    expect(screen.getByText(/Tidak ada kerangka program yang berlaku pada periode ini/)).toBeTruthy();
  });
});
