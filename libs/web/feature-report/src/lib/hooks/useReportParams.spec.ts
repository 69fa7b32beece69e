import { inputOf, readDefinition, writeDefinition } from './useReportParams';

describe('the report in the URL', () => {
  it('keeps the village confirmation columns as konfirmasi=1, and asks the API for them', () => {
    const definition = readDefinition(new URLSearchParams('baris=KABUPATEN_KOTA&indikator=VILLAGES_REACHED&periode=2025&konfirmasi=1'));
    expect(definition.withConfirmation).toBe(true);
    expect(inputOf(definition)).toMatchObject({ rows: 'KABUPATEN_KOTA', indicators: ['VILLAGES_REACHED'], withConfirmation: true });
    expect(writeDefinition(definition).get('konfirmasi')).toBe('1');

    const without = readDefinition(new URLSearchParams('baris=KABUPATEN_KOTA&indikator=VILLAGES_REACHED&periode=2025'));
    expect(without.withConfirmation).toBeNull();
    expect(inputOf(without)).not.toHaveProperty('withConfirmation');
    expect(writeDefinition(without).has('konfirmasi')).toBe(false);
  });
});
