import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { FilterProgrammesQuery, SessionProvider, SessionStore, type AnswerOf, type RegionLevel } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import type { ChoroplethMapProps } from '@jangkau/web-maps';
import { MapActivitiesQuery } from '../graphql/mapActivities.query';
import { MapCoverageChangedSubscription } from '../graphql/mapCoverageChanged.subscription';
import { MapCoverageQuery } from '../graphql/mapCoverage.query';
import { MapDesaBinaanQuery } from '../graphql/mapDesaBinaan.query';
import { MapSettingsQuery } from '../graphql/mapSettings.query';
import { MapWorkingAreaQuery } from '../graphql/mapWorkingArea.query';
import { boundaryFetch } from '../testing/geoFixtures';
import { clearBoundaryCache } from '../utils/boundaries';
import { activityRange } from '../utils/activityRange';
import { MapPage } from './MapPage';
import { PANEL_ACTIVITIES } from './RegionPanel';
import { MapConfirmationShareQuery } from '../graphql/mapConfirmationShare.query';
import { at } from '@jangkau/shared-domain';

/** No village government has answered yet, whatever region is opened. */
const confirmationShareMock: MockLink.MockedResponse = {
  request: { query: MapConfirmationShareQuery, variables: () => true },
  result: { data: { confirmationShare: null } satisfies AnswerOf<typeof MapConfirmationShareQuery> },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// Leaflet needs a real canvas and layout: the map is stood in for by a list of what it was asked to draw, each
// region with the class it would be painted in, and a button per region that clicks it.
let lastMap: ChoroplethMapProps | null = null;
jest.mock('@jangkau/web-maps', () => {
  const actual = jest.requireActual('@jangkau/web-maps');
  return {
    ...actual,
    ChoroplethMap: (props: ChoroplethMapProps) => {
      lastMap = props;
      return (
        <ul data-testid="map" data-view={props.viewKey}>
          {props.features.map((f) => (
            <li key={f.properties.code} data-code={f.properties.code} data-class={props.classOf(f.properties.code)}>
              <button type="button" onClick={() => (props.canDrill?.(f.properties.code) ? props.onDrill?.(f.properties.code) : props.onSelect?.(f.properties.code))}>
                {`peta: ${f.properties.name}`}
              </button>
            </li>
          ))}
        </ul>
      );
    },
  };
});

const KERINCI = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0001';
const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
const language = () => 'id';
const region = (code: string, name: string, level: RegionLevel) => ({ __typename: 'Region', code, name, level });
const BANGKO_BARAT: [code: string, name: string][] = [
  ['15.02.10.2001', 'Pulau Rengas'],
  ['15.02.10.2002', 'Biuku Tanjung'],
  ['15.02.10.2003', 'Bedeng Rejo'],
  ['15.02.10.2004', 'Sungai Putih'],
  ['15.02.10.2005', 'Bukit Beringin'],
  ['15.02.10.2006', 'Pulau Rengas Ulu'],
];

const child = (code: string, name: string, level: RegionLevel, villagesTotal: number, villagesReached: number, lastReachedOn: string | null) => ({
  __typename: 'CoverageChild',
  region: region(code, name, level),
  villagesTotal,
  villagesReached,
  ratio: villagesTotal ? villagesReached / villagesTotal : 0,
  lastReachedOn,
});

const coverageMock = (
  regionCode: string | null,
  children: ReturnType<typeof child>[],
  own: { code: string; name: string; level: RegionLevel; ancestors: [string, string, RegionLevel][] } | null,
  restricted = false,
): MockLink.MockedResponse => ({
  request: { query: MapCoverageQuery, variables: { regionCode, agencyId: null, programmeItemId: null, ...YEAR_2025 } },
  result: {
    data: {
      coverage: {
        __typename: 'Coverage',
        ...YEAR_2025,
        restricted,
        villagesTotal: children.reduce((s, c) => s + c.villagesTotal, 0),
        villagesReached: children.reduce((s, c) => s + c.villagesReached, 0),
        ratio:
          children.reduce((s, c) => s + c.villagesReached, 0) /
          Math.max(
            1,
            children.reduce((s, c) => s + c.villagesTotal, 0),
          ),
        region: own ? { ...region(own.code, own.name, own.level), ancestors: own.ancestors.map(([c, n, l]) => region(c, n, l)) } : null,
        agency: own ? null : { __typename: 'AgencyRef', id: KERINCI, name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci' },
        children,
      },
    } satisfies AnswerOf<typeof MapCoverageQuery>,
  },
});

const bangkoBaratCoverage = coverageMock(
  '15.02.10',
  BANGKO_BARAT.map(([code, name]) => child(code, name, 'DESA', 1, 1, '2025-06-16')),
  {
    code: '15.02.10',
    name: 'Bangko Barat',
    level: 'KECAMATAN',
    ancestors: [
      ['15', 'Jambi', 'PROVINSI'],
      ['15.02', 'Kabupaten Merangin', 'KABUPATEN'],
    ],
  },
);

const activitiesMock = (regionCode: string, nodes: { id: string; title: string }[] = []): MockLink.MockedResponse => ({
  request: { query: MapActivitiesQuery, variables: { filter: { regionCode, statuses: ['VERIFIED'], ...activityRange(YEAR_2025) }, first: PANEL_ACTIVITIES } },
  result: {
    data: {
      activities: {
        __typename: 'ActivityConnection',
        nodes: nodes.map((n) => ({
          __typename: 'Activity',
          ...n,
          startsAt: '2025-06-16T02:00:00Z',
          venueName: 'Hotel Royal Bangko',
          venueRegion: { __typename: 'Region', code: '15.02.02.1001', name: 'Pasar Bangko' },
        })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    } satisfies AnswerOf<typeof MapActivitiesQuery>,
  },
  // The panel asks again when it comes back to a region (selecting another and closing it).
  maxUsageCount: 5,
});
const binaanMock = (regionCode: string): MockLink.MockedResponse => ({
  request: { query: MapDesaBinaanQuery, variables: { regionCode } },
  result: { data: { desaBinaan: [] } satisfies AnswerOf<typeof MapDesaBinaanQuery> },
  maxUsageCount: 5,
});

const common: MockLink.MockedResponse[] = [
  { request: { query: FilterProgrammesQuery }, result: { data: { programmeFrameworks: [] } } },
  { request: { query: MapSettingsQuery }, result: { data: { appInfo: { __typename: 'AppInfo', mapTileUrl: null, mapTileAttribution: null } } satisfies AnswerOf<typeof MapSettingsQuery> } },
  {
    request: { query: MapWorkingAreaQuery, variables: { id: KERINCI } },
    result: {
      data: {
        agency: {
          __typename: 'Agency',
          id: KERINCI,
          workingArea: [region('15.01', 'Kabupaten Kerinci', 'KABUPATEN'), region('15.02', 'Kabupaten Merangin', 'KABUPATEN'), region('15.72', 'Kota Sungai Penuh', 'KOTA')],
        },
      } satisfies AnswerOf<typeof MapWorkingAreaQuery>,
    },
    maxUsageCount: 10,
  },
];
const quiet = (regionCode: string | null): MockLink.MockedResponse => ({
  request: { query: MapCoverageChangedSubscription, variables: { regionCode, agencyId: null } },
  result: undefined,
  delay: Infinity,
});

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

const HEAD = {
  __typename: 'User',
  id: 'u1',
  username: 'kepala.kerinci',
  fullName: 'Kepala Kantor',
  role: 'HEAD',
  mustChangePassword: false,
  agency: { __typename: 'Agency', id: KERINCI, name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci', type: 'KANTOR_IMIGRASI' },
};
const DITJEN = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0009';
const ADMIN = {
  ...HEAD,
  id: 'u0',
  username: 'admin',
  fullName: 'Administrator',
  role: 'ADMIN',
  agency: { __typename: 'Agency', id: DITJEN, name: 'Direktorat Jenderal Imigrasi', shortName: 'Ditjen Imigrasi', type: 'DITJEN_IMIGRASI' },
};

function renderAt(path: string, mocks: MockLink.MockedResponse[], user: typeof HEAD = HEAD) {
  const store = new SessionStore();
  store.setSession({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, user: user as never }, language);
  return render(
    <MockedProvider mocks={[...common, confirmationShareMock, ...mocks]}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/peta" element={<MapPage />} />
          </Routes>
          <Location />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\u00a0/g, ' ');
const legendCount = (label: string) => {
  const legend = screen.getByRole('figure', { name: 'Desa/kelurahan dijangkau' });
  const item = [...legend.querySelectorAll('.map-legend__item')].find((li) => text(li as HTMLElement).startsWith(label));
  return item ? text(item.querySelector('.map-legend__count') as HTMLElement) : null;
};

describe('MapPage', () => {
  const realFetch = global.fetch;
  beforeAll(() => initI18n('id'));
  beforeEach(() => {
    clearBoundaryCache();
    lastMap = null;
    global.fetch = boundaryFetch() as unknown as typeof fetch;
  });
  afterAll(() => {
    global.fetch = realFetch;
  });

  it('draws the villages of Bangko Barat in the 100 % class, with the same figures in the table view and the side panel', async () => {
    renderAt('/peta?periode=2025&wilayah=15.02.10', [
      bangkoBaratCoverage,
      quiet('15.02.10'),
      activitiesMock('15.02.10'),
      binaanMock('15.02.10'),
      activitiesMock('15.02.10.2001', [{ id: 'a1', title: 'Sosialisasi TPPO' }]),
      binaanMock('15.02.10.2001'),
    ]);
    expect(screen.getByRole('status')).toBeTruthy();
    const map = await screen.findByTestId('map');
    // Boundaries from the demo files, asked once for the kecamatan's children.
    expect(global.fetch).toHaveBeenCalledWith('/api/boundaries/15.02.10/children', expect.anything());
    const drawn = within(map)
      .getAllByRole('listitem')
      .map((li) => [li.dataset.code, li.dataset.class]);
    expect(drawn).toEqual(BANGKO_BARAT.map(([code]) => [code, 'c100']));
    expect(legendCount('100 %')).toBe('6 wilayah');
    expect(legendCount('0 %')).toBe('0 wilayah');
    // The breadcrumbs go back up, keeping the period.
    const trail = screen.getByRole('navigation', { name: 'Jejak wilayah peta' });
    expect(within(trail).getByRole('link', { name: 'Kabupaten Merangin' }).getAttribute('href')).toBe('/peta?periode=2025&wilayah=15.02');
    // With nothing selected, the panel is the kecamatan's.
    const panel = screen.getByRole('region', { name: 'Rincian wilayah' });
    expect(text(panel)).toContain('Bangko Barat');
    expect(text(panel)).toContain('6 / 6');

    // Clicking a village (no drill below villages) selects it: its figures and verified activities.
    fireEvent.click(within(map).getByRole('button', { name: 'peta: Pulau Rengas' }));
    const village = await screen.findByRole('region', { name: 'Rincian wilayah' });
    expect(within(village).getByRole('heading', { name: 'Pulau Rengas' })).toBeTruthy();
    expect(text(village)).toContain('1 / 1');
    expect(text(village)).toContain('100 %');
    expect(text(village)).toContain('16 Juni 2025');
    expect((await within(village).findByRole('link', { name: 'Sosialisasi TPPO' })).getAttribute('href')).toBe('/kegiatan/a1');
    expect(screen.getByTestId('location').textContent).toBe('/peta?periode=2025&wilayah=15.02.10');

    // The table view: exactly the regions, classes and figures the map draws.
    fireEvent.click(screen.getByLabelText('Tampilan tabel'));
    const table = screen.getByRole('table', { name: /Wilayah pada peta/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [r.dataset.code, r.dataset.class])).toEqual(drawn);
    const pulauRengas = at(rows, 0, 'Pulau Rengas row');
    expect(within(pulauRengas).getAllByRole('cell').map(text)).toEqual(['100 %', '1', '1', '100 %', '16 Jun 2025']);
    expect(pulauRengas.getAttribute('aria-selected')).toBe('true');
    await act(async () => undefined);
  });

  it('drills by clicking a region it may see, and greys the ones outside the working area without figures', async () => {
    const jambi = coverageMock(
      '15',
      [
        child('15.01', 'Kabupaten Kerinci', 'KABUPATEN', 287, 0, null),
        child('15.02', 'Kabupaten Merangin', 'KABUPATEN', 215, 14, '2025-06-16'),
        child('15.72', 'Kota Sungai Penuh', 'KOTA', 69, 0, null),
      ],
      { code: '15', name: 'Jambi', level: 'PROVINSI', ancestors: [] },
      true,
    );
    const merangin = coverageMock(
      '15.02',
      [child('15.02.10', 'Bangko Barat', 'KECAMATAN', 6, 6, '2025-06-16')],
      { code: '15.02', name: 'Kabupaten Merangin', level: 'KABUPATEN', ancestors: [['15', 'Jambi', 'PROVINSI']] },
      true,
    );
    renderAt('/peta?periode=2025&wilayah=15', [jambi, quiet('15'), activitiesMock('15'), binaanMock('15'), merangin, quiet('15.02'), activitiesMock('15.02'), binaanMock('15.02')]);
    const map = await screen.findByTestId('map');
    const classes = Object.fromEntries(
      within(map)
        .getAllByRole('listitem')
        .map((li) => [li.dataset.code, li.dataset.class]),
    );
    expect(Object.keys(classes)).toHaveLength(11);
    expect(classes).toMatchObject({ '15.01': 'c0', '15.02': 'c1', '15.72': 'c0', '15.03': 'outOfScope', '15.71': 'outOfScope' });
    expect(legendCount('di luar wilayah kerja')).toBe('8 wilayah');
    expect(screen.getByRole('note').textContent).toMatch(/sebagian wilayah ini/);
    // The tooltip of an out-of-scope region names it and says so, without a figure.
    expect(lastMap!.tooltipOf('15.03')).toEqual(['Kabupaten Sarolangun', 'Di luar wilayah kerja Anda']);
    expect(lastMap!.tooltipOf('15.02')).toEqual(['Kabupaten Merangin', 'Dijangkau 14 dari 215 desa/kelurahan', 'Rasio 6,5\u00a0%']);

    // Out of scope: a click selects (the panel says why there are no figures) rather than drills.
    fireEvent.click(within(map).getByRole('button', { name: 'peta: Kabupaten Sarolangun' }));
    expect(text(await screen.findByRole('region', { name: 'Rincian wilayah' }))).toContain('di luar wilayah kerja Anda');
    expect(screen.getByTestId('location').textContent).toBe('/peta?periode=2025&wilayah=15');

    fireEvent.click(within(map).getByRole('button', { name: 'peta: Kabupaten Merangin' }));
    expect(screen.getByTestId('location').textContent).toBe('/peta?wilayah=15.02&periode=2025');
    // The kabupaten's 24 kecamatan replace the province's kabupaten in one step.
    expect(await screen.findByText('peta: Bangko Barat')).toBeTruthy();
    expect(screen.getByTestId('map').dataset.view).toBe('15.02|');
    expect(within(screen.getByTestId('map')).getAllByRole('listitem')).toHaveLength(24);
    expect(screen.getByTestId('map').querySelector('[data-code="15.02.10"]')!.getAttribute('data-class')).toBe('c100');
    await act(async () => undefined);
  });

  it('tells a head of office in words that the map is not set up yet, and still lists the figures in a table', async () => {
    global.fetch = boundaryFetch({ empty: true }) as unknown as typeof fetch;
    renderAt('/peta?periode=2025&wilayah=15.02.10', [bangkoBaratCoverage, quiet('15.02.10')]);
    const notice = (await screen.findByText('Peta untuk wilayah ini belum disiapkan')).parentElement!;
    expect(text(notice)).toContain('batas untuk wilayah ini belum dimasukkan ke Jangkau');
    expect(text(notice)).toContain('Administrator Jangkau perlu mengimpor batas wilayah tersebut. Silakan hubungi administrator Anda.');
    // No link to a page a head may not open, and never a command line.
    expect(within(notice).queryByRole('link')).toBeNull();
    expect(document.body.textContent).not.toMatch(/npm|geo:import|--/);
    expect(screen.queryByTestId('map')).toBeNull();
    // The fallback table is the app's table, with the figures right-aligned.
    const table = screen.getByRole('table', { name: /Wilayah pada peta/ });
    expect(table.className).toBe('table');
    expect(table.parentElement!.classList.contains('table-wrap')).toBe(true);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.class)).toEqual(Array(6).fill('c100'));
    expect([...at(rows, 0, 'first row').querySelectorAll('td.num')].map((td) => text(td as HTMLElement))).toEqual(['1', '1', '100 %']);
    await act(async () => undefined);
  });

  it('gives an administrator the way to the boundary import page instead', async () => {
    global.fetch = boundaryFetch({ empty: true }) as unknown as typeof fetch;
    renderAt(
      '/peta?periode=2025&wilayah=15.02.10',
      [
        bangkoBaratCoverage,
        quiet('15.02.10'),
        { request: { query: MapWorkingAreaQuery, variables: { id: DITJEN } }, result: { data: { agency: { __typename: 'Agency', id: DITJEN, workingArea: [] } } }, maxUsageCount: 10 },
      ],
      ADMIN,
    );
    const notice = (await screen.findByText('Peta untuk wilayah ini belum disiapkan')).parentElement!;
    expect(text(notice)).toContain('Sebagai administrator, Anda dapat mengimpornya di halaman Batas wilayah.');
    expect(text(notice)).not.toContain('hubungi administrator');
    expect(within(notice).getByRole('link', { name: 'Buka halaman Batas wilayah' }).getAttribute('href')).toBe('/admin/batas-wilayah');
    expect(document.body.textContent).not.toMatch(/npm|geo:import/);
    expect(within(screen.getByRole('table', { name: /Wilayah pada peta/ })).getAllByRole('row')).toHaveLength(7);
    await act(async () => undefined);
  });
});
