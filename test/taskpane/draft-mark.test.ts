/**
 * The marks "Journalfør før sending" keeps on the draft through Office.js
 * internet headers (src/host/office/draft.ts): the record's reference, and
 * for a registry mailbox the registrar it was sent to and when. A header
 * anyone can write is read as a mark only when it is one.
 */
import {
  CASE_HEADER,
  REGISTRAR_HEADER,
  draftCaseMark,
  parseSentTo,
} from '../../src/host/office/draft';

type Callback = (r: { status: string; value?: unknown }) => void;

/** Outlook's compose item, as far as its internet headers go. */
function item(headers: Record<string, string>): Office.MessageCompose {
  return {
    internetHeaders: {
      getAsync: (names: string[], cb: Callback) =>
        setTimeout(() =>
          cb({
            status: 'succeeded',
            value: Object.fromEntries(
              Object.entries(headers).filter(([k]) =>
                names.some((n) => n.toLowerCase() === k.toLowerCase()),
              ),
            ),
          }),
        ),
      setAsync: (values: Record<string, string>, cb: Callback) =>
        setTimeout(() => {
          Object.assign(headers, values);
          cb({ status: 'succeeded' });
        }),
    },
  } as unknown as Office.MessageCompose;
}

beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
});

describe('the marks kept on the draft', () => {
  it('keeps the reference and the registrar in two headers, each read apart', async () => {
    const headers: Record<string, string> = {};
    const mark = draftCaseMark(item(headers));
    expect(await mark.get()).toBeNull();
    expect(await mark.sentTo?.()).toBeNull();
    await mark.setSentTo?.({ to: 'arkivet@vara.se', at: '2026-03-03T09:30:00.000Z' });
    expect(headers[REGISTRAR_HEADER]).toBe('arkivet@vara.se; 2026-03-03T09:30:00.000Z');
    expect(await mark.get()).toBeNull();
    expect(await mark.sentTo?.()).toEqual({
      to: 'arkivet@vara.se',
      at: '2026-03-03T09:30:00.000Z',
    });
    await mark.set('2026/123');
    expect(headers[CASE_HEADER]).toBe('2026/123');
    // Read whatever case Outlook gives the name in.
    expect(
      await draftCaseMark(item({ 'x-arkivpost-registrar': 'arkivet@vara.se' })).sentTo?.(),
    ).toEqual({
      to: 'arkivet@vara.se',
      at: '',
    });
  });

  it.each([
    ['', null],
    ['   ', null],
    ['not an address; 2026-03-03T09:30:00Z', null],
    ['a@b@c; 2026-03-03T09:30:00Z', null],
    ['arkivet@vara.se extra; 2026-03-03T09:30:00Z', null],
    ['arkivet@vara.se; tomorrow', { to: 'arkivet@vara.se', at: '' }],
    [
      '  arkivet@vara.se ;2026-03-03T10:30:00+01:00 ',
      { to: 'arkivet@vara.se', at: '2026-03-03T09:30:00.000Z' },
    ],
  ])('reads %j as %j', (value, want) => {
    expect(parseSentTo(value)).toEqual(want);
  });

  it('does not read a header longer than a mark can be', () => {
    expect(parseSentTo(`${'a'.repeat(500)}@vara.se; 2026-03-03T09:30:00Z`)).toBeNull();
  });
});
