/**
 * The Graph emulator's mailbox settings, mail tips and calendar view, as the
 * absence view reads them (R23): an application reaches every mailbox's
 * settings, a delegated token only its own (a function mailbox's answers
 * 403, office-js #6057); mail tips work delegated for any recipient and a
 * scheduled reply counts only inside its window; the calendar view pages.
 */
import { appToken, createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';

const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';
const SILJE = 'silje.vik@ha.kommune.no';

let now = new Date('2026-03-16T09:00:00Z');
let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await createGraphEmulator({ now: () => now });
});
beforeEach(() => {
  now = new Date('2026-03-16T09:00:00Z');
  emulator.reset();
});
afterAll(() => emulator.close());

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown> & {
    readonly value?: Record<string, unknown>[];
    readonly error?: { code: string; message: string };
    readonly '@odata.nextLink'?: string;
  };
}

async function call(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const r = await emulator.fetch(`/graph/v1.0${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: (await r.json()) as Reply['body'] };
}

const ON = {
  status: 'alwaysEnabled',
  internalReplyMessage: 'Eg er på ferie til 20. mars.',
  externalReplyMessage: 'Eg er borte. Skriv til post@ha.kommune.no.',
};

describe('mailboxSettings', () => {
  it('reads the documented shape, disabled by default, for the owner', async () => {
    const r = await call('GET', '/me/mailboxSettings', testToken(KARI));
    expect(r.status).toBe(200);
    expect(r.body['timeZone']).toBe('W. Europe Standard Time');
    expect(r.body['language']).toEqual({ locale: 'nn-NO', displayName: 'norsk nynorsk (Noreg)' });
    expect(r.body['automaticRepliesSetting']).toEqual({
      status: 'disabled',
      externalAudience: 'all',
      scheduledStartDateTime: null,
      scheduledEndDateTime: null,
      internalReplyMessage: '',
      externalReplyMessage: '',
    });
  });

  it('lets the owner turn the reply on, and reads it back through the sub-resource', async () => {
    const p = await call('PATCH', '/me/mailboxSettings', testToken(PER), {
      automaticRepliesSetting: ON,
    });
    expect(p.status).toBe(200);
    expect((p.body['automaticRepliesSetting'] as { status: string }).status).toBe('alwaysEnabled');
    const g = await call(
      'GET',
      `/users/${PER}/mailboxSettings/automaticRepliesSetting`,
      testToken(PER),
    );
    expect(g.status).toBe(200);
    expect(g.body['status']).toBe('alwaysEnabled');
    expect(g.body['internalReplyMessage']).toBe(ON.internalReplyMessage);
    expect(String(g.body['@odata.context'])).toMatch(/mailboxSettings\/automaticRepliesSetting$/);
  });

  it('gives an application any mailbox, the function mailbox included', async () => {
    const p = await call(
      'PATCH',
      `/users/${POST}/mailboxSettings/automaticRepliesSetting`,
      appToken(),
      {
        status: 'scheduled',
        scheduledStartDateTime: { dateTime: '2026-03-16T00:00:00', timeZone: 'Europe/Oslo' },
        scheduledEndDateTime: { dateTime: '2026-03-20T00:00:00', timeZone: 'Europe/Oslo' },
        internalReplyMessage: 'Takk for e-posten.',
      },
    );
    expect(p.status).toBe(200);
    const g = await call('GET', `/users/${POST}/mailboxSettings`, appToken());
    const s = g.body['automaticRepliesSetting'] as Record<string, unknown>;
    expect(s['status']).toBe('scheduled');
    // Midnight in Oslo (UTC+1 in March before the change) is 23:00 UTC the day before.
    expect(s['scheduledStartDateTime']).toEqual({
      dateTime: '2026-03-15T23:00:00.0000000',
      timeZone: 'UTC',
    });
  });

  it('refuses a member of the function mailbox its settings with 403 ErrorAccessDenied', async () => {
    for (const path of [
      `/users/${POST}/mailboxSettings`,
      `/users/${POST}/mailboxSettings/automaticRepliesSetting`,
    ]) {
      const r = await call('GET', path, testToken(KARI));
      expect(r.status).toBe(403);
      expect(r.body.error?.code).toBe('ErrorAccessDenied');
    }
    const p = await call('PATCH', `/users/${POST}/mailboxSettings`, testToken(KARI), {
      automaticRepliesSetting: ON,
    });
    expect(p.status).toBe(403);
    expect(emulator.store.autoReply(emulator.store.mailbox(POST)!).status).toBe('disabled');
    // Another person's settings too.
    expect((await call('GET', `/users/${PER}/mailboxSettings`, testToken(KARI))).status).toBe(403);
  });

  it('refuses a scheduled reply without its window, or with the end before the start', async () => {
    const a = await call('PATCH', '/me/mailboxSettings', testToken(KARI), {
      automaticRepliesSetting: { status: 'scheduled' },
    });
    expect(a.status).toBe(400);
    const b = await call('PATCH', '/me/mailboxSettings', testToken(KARI), {
      automaticRepliesSetting: {
        status: 'scheduled',
        scheduledStartDateTime: { dateTime: '2026-03-20T00:00:00', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2026-03-19T00:00:00', timeZone: 'UTC' },
      },
    });
    expect(b.status).toBe(400);
    const c = await call('PATCH', '/me/mailboxSettings', testToken(KARI), {
      automaticRepliesSetting: { status: 'sometimes' },
    });
    expect(c.status).toBe(400);
    const d = await call('PATCH', '/me/mailboxSettings', testToken(KARI), { colour: 'red' });
    expect(d.status).toBe(400);
    expect(emulator.store.autoReply(emulator.store.mailbox(KARI)!).status).toBe('disabled');
  });
});

describe('getMailTips', () => {
  const tips = (token: string, addresses: unknown, path = '/me/getMailTips'): Promise<Reply> =>
    call('POST', path, token, {
      EmailAddresses: addresses,
      MailTipsOptions: 'automaticReplies',
    });

  it("gives a member the reply of anyone in the tenant, delegated, and '' when it is off", async () => {
    emulator.store.setAutoReply(emulator.store.mailbox(PER)!, {
      status: 'alwaysEnabled',
      internalReplyMessage: 'Eg er på ferie.',
    });
    const r = await tips(testToken(KARI), [PER, POST]);
    expect(r.status).toBe(200);
    expect(r.body.value).toEqual([
      {
        emailAddress: { name: 'Per Hansen', address: PER },
        automaticReplies: {
          message: 'Eg er på ferie.',
          messageLanguage: { locale: 'nn-NO', displayName: 'norsk nynorsk (Noreg)' },
        },
      },
      {
        emailAddress: { name: 'Hå kommune – post', address: POST },
        automaticReplies: { message: '' },
      },
    ]);
  });

  it('counts a scheduled reply only inside its window, by the emulator clock', async () => {
    emulator.store.setAutoReply(emulator.store.mailbox(POST)!, {
      status: 'scheduled',
      scheduledStartDateTime: Date.parse('2026-03-17T00:00:00Z'),
      scheduledEndDateTime: Date.parse('2026-03-18T00:00:00Z'),
      internalReplyMessage: 'Stengt i dag.',
    });
    const before = await tips(testToken(KARI), [POST]);
    expect(before.body.value?.[0]?.['automaticReplies']).toEqual({ message: '' });
    now = new Date('2026-03-17T10:00:00Z');
    const inside = await tips(testToken(KARI), [POST]);
    expect(inside.body.value?.[0]?.['automaticReplies']).toMatchObject({
      message: 'Stengt i dag.',
      scheduledStartTime: { dateTime: '2026-03-17T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndTime: { dateTime: '2026-03-18T00:00:00.0000000', timeZone: 'UTC' },
    });
    now = new Date('2026-03-18T00:00:00Z');
    const after = await tips(testToken(KARI), [POST]);
    expect(after.body.value?.[0]?.['automaticReplies']).toEqual({ message: '' });
  });

  it('answers an unknown address with an error in its own mail tip', async () => {
    const r = await tips(testToken(KARI), ['nobody@ha.kommune.no', 'anna.andersson@vara.se', PER]);
    expect(r.status).toBe(200);
    expect(r.body.value?.[0]?.['error']).toMatchObject({ code: 'ErrorRecipientNotFound' });
    // Another tenant's user is not a recipient of this one.
    expect(r.body.value?.[1]?.['error']).toMatchObject({ code: 'ErrorRecipientNotFound' });
    expect(r.body.value?.[2]?.['automaticReplies']).toEqual({ message: '' });
  });

  it('works for an application through /users/{id}, not for someone without access', async () => {
    const app = await tips(appToken(), [PER], `/users/${POST}/getMailTips`);
    expect(app.status).toBe(200);
    const other = await tips(testToken(SILJE), [PER], `/users/${POST}/getMailTips`);
    expect(other.status).toBe(403);
  });

  it('refuses a malformed request', async () => {
    expect((await tips(testToken(KARI), [])).status).toBe(400);
    expect((await tips(testToken(KARI), 'per')).status).toBe(400);
    const r = await call('POST', '/me/getMailTips', testToken(KARI), {
      EmailAddresses: [PER],
      MailTipsOptions: 'horoscope',
    });
    expect(r.status).toBe(400);
    expect((await call('GET', '/me/getMailTips', testToken(KARI))).status).toBe(405);
  });
});

describe('calendarView', () => {
  const seed = (): void => {
    const per = emulator.store.mailbox(PER)!;
    emulator.store.addEvent(per, {
      subject: 'Ferie',
      start: Date.parse('2026-03-15T23:00:00Z'),
      end: Date.parse('2026-03-16T23:00:00Z'),
      isAllDay: true,
      showAs: 'oof',
      timeZone: 'Europe/Oslo',
    });
    for (let i = 0; i < 12; i++) {
      emulator.store.addEvent(per, {
        subject: `Møte ${i}`,
        start: Date.parse('2026-03-17T08:00:00Z') + i * 3_600_000,
        end: Date.parse('2026-03-17T08:30:00Z') + i * 3_600_000,
        isAllDay: false,
        showAs: 'busy',
        timeZone: 'Europe/Oslo',
      });
    }
  };

  it("gives the owner the window's events, with the out-of-office day, in the preferred zone", async () => {
    seed();
    const r = await call(
      'GET',
      '/me/calendarView?startDateTime=2026-03-16T00:00:00Z&endDateTime=2026-03-16T23:59:59Z&$select=subject,showAs,isAllDay,start,end',
      testToken(PER),
      undefined,
      { Prefer: 'outlook.timezone="Europe/Oslo"' },
    );
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(1);
    expect(r.body.value?.[0]).toMatchObject({
      subject: 'Ferie',
      showAs: 'oof',
      isAllDay: true,
      start: { dateTime: '2026-03-16T00:00:00.0000000', timeZone: 'Europe/Oslo' },
      end: { dateTime: '2026-03-17T00:00:00.0000000', timeZone: 'Europe/Oslo' },
    });
    expect(r.body.value?.[0]).not.toHaveProperty('type');
  });

  it('pages with $top and @odata.nextLink', async () => {
    seed();
    const seen: string[] = [];
    let path: string | null =
      `/users/${PER}/calendarView?startDateTime=2026-03-16T00:00:00Z&endDateTime=2026-03-18T00:00:00Z&$top=5`;
    while (path !== null) {
      const r = await call('GET', path, appToken());
      expect(r.status).toBe(200);
      for (const e of r.body.value ?? []) seen.push(String(e['subject']));
      const next = r.body['@odata.nextLink'];
      path = typeof next === 'string' ? next.replace(/^.*\/v1\.0/, '') : null;
    }
    expect(seen).toEqual(['Ferie', ...Array.from({ length: 12 }, (_, i) => `Møte ${i}`)]);
  });

  it('needs the window, and refuses a colleague the calendar', async () => {
    seed();
    const none = await call('GET', '/me/calendarView', testToken(PER));
    expect(none.status).toBe(400);
    expect(none.body.error?.code).toBe('ErrorInvalidParameter');
    const back = await call(
      'GET',
      '/me/calendarView?startDateTime=2026-03-18T00:00:00Z&endDateTime=2026-03-16T00:00:00Z',
      testToken(PER),
    );
    expect(back.status).toBe(400);
    const colleague = await call(
      'GET',
      `/users/${PER}/calendarView?startDateTime=2026-03-16T00:00:00Z&endDateTime=2026-03-17T00:00:00Z`,
      testToken(KARI),
    );
    expect(colleague.status).toBe(403);
    expect(colleague.body.error?.code).toBe('ErrorAccessDenied');
  });
});
