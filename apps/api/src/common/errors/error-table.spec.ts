import { DomainError } from './domain-error';
import { defineDomainErrors, ErrorTable } from './error-table';

enum TestCode {
  GONE = 'TEST_GONE',
  TOO_BIG = 'TEST_TOO_BIG',
  LOCKED = 'TEST_LOCKED',
}

const TABLE: ErrorTable<TestCode> = {
  [TestCode.GONE]: { kind: 'NOT_FOUND', id: 'Barang {name} tidak ditemukan.', en: 'Item {name} not found.' },
  [TestCode.TOO_BIG]: { kind: 'BAD_USER_INPUT', httpStatus: 413, id: 'Paling besar {max} MB.', en: 'At most {max} MB.' },
  [TestCode.LOCKED]: { kind: 'CONFLICT', id: 'Barang berstatus {statusName} terkunci.', en: 'An item that is {statusName} is locked.' },
};

class TestError extends defineDomainErrors(TABLE) {}

class HookedError extends defineDomainErrors(TABLE, {
  params: (params, language) => ({ ...params, max: 10, statusName: language === 'en' ? 'verified' : 'Terverifikasi' }),
}) {}

describe('defineDomainErrors', () => {
  it('wants an entry for every code, and takes only codes of its table', () => {
    // @ts-expect-error -- LOCKED has no entry: the table does not compile.
    const incomplete: ErrorTable<TestCode> = { [TestCode.GONE]: TABLE[TestCode.GONE], [TestCode.TOO_BIG]: TABLE[TestCode.TOO_BIG] };
    expect(Object.keys(incomplete)).toHaveLength(2);
    // @ts-expect-error -- not a code of this domain.
    expect(() => new TestError('TEST_UNKNOWN').kind).toThrow();
  });

  it('is a DomainError with the code, params and field it was made with', () => {
    const error = new TestError(TestCode.GONE, { name: 'meja' }, 'itemId');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(TestError);
    expect(error).toBeInstanceOf(Error);
    expect(error.constructor.name).toBe('TestError');
    expect(error).toMatchObject({ code: 'TEST_GONE', params: { name: 'meja' }, field: 'itemId', message: 'TEST_GONE' });
    expect(new TestError(TestCode.GONE).field).toBeUndefined();
  });

  it('reads kind and the optional HTTP status from the table', () => {
    expect(new TestError(TestCode.GONE).kind).toBe('NOT_FOUND');
    expect(new TestError(TestCode.GONE).httpStatus).toBeUndefined();
    expect(new TestError(TestCode.TOO_BIG).kind).toBe('BAD_USER_INPUT');
    expect(new TestError(TestCode.TOO_BIG).httpStatus).toBe(413);
  });

  it('answers in Bahasa Indonesia unless English is asked for, with the params filled in', () => {
    const error = new TestError(TestCode.GONE, { name: 'meja' });
    expect(error.localize('id')).toBe('Barang meja tidak ditemukan.');
    expect(error.localize('en')).toBe('Item meja not found.');
    // A language the API does not speak (a caller bypassing the types) falls back to Indonesian.
    expect(error.localize('fr' as never)).toBe('Barang meja tidak ditemukan.');
  });

  it('writes calendar dates out in the language, and leaves anything that is not one as it is', () => {
    expect(new TestError(TestCode.GONE, { name: '2026-03-10' }).localize('id')).toBe('Barang 10 Maret 2026 tidak ditemukan.');
    expect(new TestError(TestCode.GONE, { name: '2026-03-10' }).localize('en')).toBe('Item 10 March 2026 not found.');
    expect(new TestError(TestCode.GONE, { name: '2026-02-30' }).localize('id')).toBe('Barang 2026-02-30 tidak ditemukan.');
    expect(new TestError(TestCode.GONE, { name: '2026-Q4' }).localize('id')).toBe('Barang 2026-Q4 tidak ditemukan.');
  });

  it('leaves a placeholder with no param as it is', () => {
    expect(new TestError(TestCode.TOO_BIG).localize('en')).toBe('At most {max} MB.');
    expect(new TestError(TestCode.TOO_BIG, { max: 0 }).localize('en')).toBe('At most 0 MB.');
  });

  it('fills params a domain derives in the caller’s language, without changing the error’s own params', () => {
    const error = new HookedError(TestCode.LOCKED, { status: 'VERIFIED', max: 99 });
    expect(error.localize('id')).toBe('Barang berstatus Terverifikasi terkunci.');
    expect(error.localize('en')).toBe('An item that is verified is locked.');
    // What the hook returns wins over what the thrower passed.
    expect(new HookedError(TestCode.TOO_BIG, { max: 99 }).localize('en')).toBe('At most 10 MB.');
    expect(error.params).toEqual({ status: 'VERIFIED', max: 99 });
  });

  it('hands the hook the normalised language', () => {
    const seen: string[] = [];
    class SpyError extends defineDomainErrors(TABLE, {
      params: (params, language) => {
        seen.push(language);
        return params;
      },
    }) {}
    new SpyError(TestCode.GONE).localize('en');
    new SpyError(TestCode.GONE).localize('id');
    new SpyError(TestCode.GONE).localize(undefined as never);
    expect(seen).toEqual(['en', 'id', 'id']);
  });
});
