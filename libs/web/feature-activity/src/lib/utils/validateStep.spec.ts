import { ACTIVITY_LIMITS } from '@jangkau/shared-domain';
import { emptyForm, type ActivityFormState } from './formState';
import { firstStepOf, formFieldOfServerField, serverProblems, validateStep, type Problem } from './validateStep';

const NOW = new Date('2026-03-10T03:00:00Z');
const context = { now: NOW };
const fieldsAndKeys = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.key}`);

/** A form the API would take. */
function valid(): ActivityFormState {
  return {
    ...emptyForm(),
    title: 'Sosialisasi TPPO di Bangko Barat',
    date: '2026-03-02',
    startTime: '09:00',
    endTime: '12:00',
    venueName: 'Kantor Camat Bangko Barat',
    venueRegion: { code: '15.02.10', name: 'Bangko Barat' },
    villages: [{ code: '15.02.10.2001', name: 'Pulau Rengas', reach: 'OFFICIALS_ATTENDED' }],
    participants: { KEPALA_DESA: { male: 5, female: 1 } },
  };
}

describe('validateStep: the API’s checks, on the device, every problem at once', () => {
  it('finds nothing wrong with a form the API would take, on any step', () => {
    for (const step of ['what', 'where', 'who', 'review'] as const) expect(validateStep(valid(), step, context)).toEqual([]);
  });

  it('lists the missing title and the missing date of an empty first step together', () => {
    expect(fieldsAndKeys(validateStep(emptyForm(), 'what', context))).toEqual(['title:titleMissing', 'date:dateMissing']);
  });

  it('applies the shared title limits after trimming, as the API does', () => {
    expect(fieldsAndKeys(validateStep({ ...valid(), title: '   ' }, 'what', context))).toEqual(['title:titleMissing']);
    expect(validateStep({ ...valid(), title: ' ab ' }, 'what', context)).toEqual([{ field: 'title', step: 'what', key: 'titleTooShort', values: { min: ACTIVITY_LIMITS.titleMin } }]);
    expect(validateStep({ ...valid(), title: 'x'.repeat(ACTIVITY_LIMITS.titleMax) }, 'what', context)).toEqual([]);
    expect(fieldsAndKeys(validateStep({ ...valid(), title: 'x'.repeat(ACTIVITY_LIMITS.titleMax + 1) }, 'what', context))).toEqual(['title:titleTooLong']);
    expect(fieldsAndKeys(validateStep({ ...valid(), description: 'x'.repeat(ACTIVITY_LIMITS.descriptionMax + 1) }, 'what', context))).toEqual(['description:descriptionTooLong']);
  });

  it('refuses an end before or equal to the start, on the end time, or on the end date when one is given', () => {
    expect(fieldsAndKeys(validateStep({ ...valid(), startTime: '12:00', endTime: '09:00' }, 'what', context))).toEqual(['endTime:endNotAfterStart']);
    expect(fieldsAndKeys(validateStep({ ...valid(), startTime: '09:00', endTime: '09:00' }, 'what', context))).toEqual(['endTime:endNotAfterStart']);
    expect(fieldsAndKeys(validateStep({ ...valid(), endDate: '2026-03-01' }, 'what', context))).toEqual(['endDate:endNotAfterStart']);
    // Overnight is fine when the end date says so.
    expect(validateStep({ ...valid(), startTime: '20:00', endDate: '2026-03-03', endTime: '02:00' }, 'what', context)).toEqual([]);
  });

  it('asks for each missing time, and does not compare what it cannot read', () => {
    expect(fieldsAndKeys(validateStep({ ...valid(), startTime: '', endTime: '' }, 'what', context))).toEqual(['startTime:startTimeMissing', 'endTime:endTimeMissing']);
  });

  it('keeps the API’s date range and longest event', () => {
    expect(validateStep({ ...valid(), date: '2014-12-31' }, 'what', context)).toEqual([
      { field: 'date', step: 'what', key: 'dateOutOfRange', values: { from: '2015-01-01', to: '2028-03-11' } },
    ]);
    expect(fieldsAndKeys(validateStep({ ...valid(), date: '2028-03-12' }, 'what', context))).toEqual(['date:dateOutOfRange']);
    expect(fieldsAndKeys(validateStep({ ...valid(), endDate: '2026-04-02' }, 'what', context))).toEqual(['endDate:tooLong']);
    expect(validateStep({ ...valid(), endDate: '2026-04-02', endTime: '09:00' }, 'what', context)).toEqual([]);
  });

  it('refuses a programme item that does not apply on the date, as the server would', () => {
    const frameworks = [{ id: 'f', name: '13 Program Akselerasi', validFrom: '2024-01-01', validTo: '2025-12-31', items: [{ id: 'i8', number: 8, title: 'TPPO' }] }];
    const form = { ...valid(), programmeItemIds: ['i8'] };
    expect(fieldsAndKeys(validateStep(form, 'what', { ...context, frameworks }))).toEqual(['programmeItemIds:programmeStale']);
    expect(validateStep({ ...form, date: '2025-06-16', endDate: '' }, 'what', { ...context, frameworks })).toEqual([]);
  });

  it('lists every problem of the place step at once: venue name, venue region, villages', () => {
    const form = { ...valid(), venueName: ' ', venueRegion: null, villages: [] };
    expect(fieldsAndKeys(validateStep(form, 'where', context))).toEqual(['venueName:venueNameMissing', 'venueRegion:venueRegionMissing', 'villages:villagesMissing']);
  });

  it('refuses the lead agency as its own co-organiser and more co-organisers than the API takes', () => {
    expect(fieldsAndKeys(validateStep({ ...valid(), coOrganiserIds: ['me'] }, 'where', { ...context, leadAgencyId: 'me' }))).toEqual(['coOrganiserIds:leadAsCoOrganiser']);
    const many = Array.from({ length: ACTIVITY_LIMITS.coOrganisersMax + 1 }, (_, i) => `a${i}`);
    expect(fieldsAndKeys(validateStep({ ...valid(), coOrganiserIds: many }, 'where', context))).toEqual(['coOrganiserIds:coOrganisersTooMany']);
  });

  it('refuses participant counts that are not whole non-negative numbers within the limit (a draft kept by an older form)', () => {
    for (const bad of [-1, 2.5, Number.NaN, ACTIVITY_LIMITS.participantsPerCellMax + 1, '3' as unknown as number]) {
      expect(fieldsAndKeys(validateStep({ ...valid(), participants: { CAMAT: { male: bad, female: 0 } } }, 'who', context))).toEqual(['participants:participantsInvalid']);
    }
    expect(validateStep({ ...valid(), participants: { CAMAT: { male: ACTIVITY_LIMITS.participantsPerCellMax, female: 0 } } }, 'who', context)).toEqual([]);
  });

  it('refuses more attendance attributed to villages than participants of that category', () => {
    const form = { ...valid(), attendance: [{ regionCode: '15.02.10.2001', category: 'KEPALA_DESA' as const, male: 6, female: 0 }] };
    expect(validateStep(form, 'who', context)).toEqual([
      { field: 'attendance', step: 'who', key: 'attendanceOverTotal', values: { category: 'KEPALA_DESA', sex: 'male', attributed: 6, total: 5 } },
    ]);
  });

  it('checks every step before saving, in the order of the steps', () => {
    const problems = validateStep({ ...emptyForm(), startTime: '12:00', endTime: '09:00', date: '2026-03-02' }, 'review', context);
    expect(fieldsAndKeys(problems)).toEqual(['title:titleMissing', 'endTime:endNotAfterStart', 'venueName:venueNameMissing', 'venueRegion:venueRegionMissing', 'villages:villagesMissing']);
    expect(firstStepOf(problems)).toBe('what');
    expect(firstStepOf(problems.filter((p) => p.step !== 'what'))).toBe('where');
  });
});

describe('serverProblems: every error of an answer, on its field', () => {
  it('places each error on the field the API names, and keeps the ones without a field', () => {
    const { problems, conflict } = serverProblems([
      { message: 'Judul wajib diisi, 3–200 karakter.', extensions: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_TITLE_INVALID', field: 'title' } },
      { message: 'Desa 15.99 tidak ditemukan.', extensions: { code: 'BAD_USER_INPUT', field: 'villages[2].code' } },
      { message: 'Peserta tidak sah.', extensions: { field: 'participants[0].male' } },
      { message: 'Server sibuk.' },
    ]);
    expect(problems).toEqual([
      { field: 'title', step: 'what', message: 'Judul wajib diisi, 3–200 karakter.' },
      { field: 'villages', step: 'where', message: 'Desa 15.99 tidak ditemukan.' },
      { field: 'participants', step: 'who', message: 'Peserta tidak sah.' },
      { field: null, step: null, message: 'Server sibuk.' },
    ]);
    expect(conflict).toBe(false);
  });

  it('says when someone changed the activity meanwhile', () => {
    expect(serverProblems([{ message: 'Diubah orang lain.', extensions: { code: 'CONFLICT', reason: 'ACTIVITY_VERSION_CONFLICT', field: 'version' } }]).conflict).toBe(true);
  });

  it('reads the API’s field names as the form’s', () => {
    expect(formFieldOfServerField('startsAt')).toBe('date');
    expect(formFieldOfServerField('endsAt')).toBe('endTime');
    expect(formFieldOfServerField('venueRegionCode')).toBe('venueRegion');
    expect(formFieldOfServerField('attendance[3].female')).toBe('attendance');
    expect(formFieldOfServerField('id')).toBeNull();
    expect(formFieldOfServerField(null)).toBeNull();
  });
});
