/**
 * The pane's sign-in when Outlook reports NestedAppAuth 1.1 but its bridge
 * does not answer: the real MSAL over the emulated bridge says `unavailable`
 * (rather than falling back to a popup of its own, which Outlook blocks), and
 * the pane's source goes to the Office dialog from then on, on the emulated
 * Office's Dialog API.
 */
import { createOffice } from '../../dev/emulator';
import type { EmulatorController } from '../../dev/emulator';
import { createDialogTokenSource, withDialogFallback } from '../../src/host/office/auth';
import { NAA_UNAVAILABLE, createMsalTokenSource } from '../../src/services/auth/msal';
import { AuthFailure, GRAPH_SCOPES } from '../../src/core/auth';
import type { TokenSource } from '../../src/core/auth';

const CLIENT_ID = '6f1d8f2e-3c4b-4a5d-9e8f-7a6b5c4d3e2f';
const KARI = { emailAddress: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann' };
const POST = { emailAddress: 'post@ha.kommune.no', displayName: 'Hå kommune – post' };
const ORIGIN = 'https://localhost:3000';

const g = globalThis as unknown as Record<string, unknown>;
const hadWindow = 'window' in g;
const Channel = globalThis.BroadcastChannel;
const channels: BroadcastChannel[] = [];
let controller: EmulatorController;

beforeAll(() => {
  // msal-browser looks for window.nestedAppAuthBridge.
  if (!hadWindow) g['window'] = globalThis;
  // MSAL opens BroadcastChannels it never closes; in node they would keep jest running.
  g['BroadcastChannel'] = class extends Channel {
    constructor(name: string) {
      super(name);
      channels.push(this);
    }
  };
});

afterAll(() => {
  for (const c of channels) c.close();
  g['BroadcastChannel'] = Channel;
  if (!hadWindow) delete g['window'];
  delete g['nestedAppAuthBridge'];
  delete g['Office'];
});

function outlook(available: boolean): void {
  const made = createOffice({
    displayLanguage: 'nn-NO',
    mailbox: { ...POST, kind: 'shared' },
    user: KARI,
    item: null,
    extraRequirementSets: { NestedAppAuth: '1.1' },
    auth: { available },
    dialogOrigin: ORIGIN,
  });
  controller = made.controller;
  g['Office'] = made.Office;
  g['nestedAppAuthBridge'] = controller.authBridge();
}

afterEach(() => controller.dispose());

function sources(): { naa: TokenSource; tokens: TokenSource } {
  const naa = createMsalTokenSource({ clientId: CLIENT_ID, scopes: GRAPH_SCOPES });
  const dialog = createDialogTokenSource({ url: `${ORIGIN}/auth.html` });
  return { naa, tokens: withDialogFallback(naa, dialog, NAA_UNAVAILABLE) };
}

async function rejection(p: Promise<unknown>): Promise<AuthFailure> {
  const e: unknown = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AuthFailure);
  return e as AuthFailure;
}

/** The dialog's page, once it is open: answers as auth.html does. */
async function answerInDialog(message: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < 100 && !controller.dialogs.open; i += 1)
    await new Promise((r) => setTimeout(r, 10));
  const d = controller.dialogs.open;
  expect(d?.request.url).toBe(`${ORIGIN}/auth.html`);
  d?.messageParent(JSON.stringify(message));
}

describe('NAA reported but unavailable', () => {
  it('MSAL says unavailable (the bridge’s code), not a popup of its own', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    outlook(false);
    const e = await rejection(sources().naa.token({ interactive: true }));
    log.mockRestore();
    expect([e.kind, e.code]).toEqual(['unavailable', NAA_UNAVAILABLE]);
  });

  it('the pane’s source asks for a click, then signs in with the dialog, and stays with it', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    outlook(false);
    const { tokens } = sources();
    // Silently: a click is needed, and no dialog opens by itself.
    const silent = await rejection(tokens.token());
    expect([silent.kind, silent.code]).toEqual(['sign-in-required', 'dialog']);
    expect(controller.dialogs.opened).toHaveLength(0);
    const asked = controller.authController()?.requests.length ?? 0;
    expect(asked).toBeGreaterThan(0);

    // The click: the dialog, its answer is the token.
    const token = tokens.token({ interactive: true });
    await answerInDialog({ ok: true, accessToken: 'test:kari', expiresOn: Date.now() + 3600_000 });
    await expect(token).resolves.toBe('test:kari');
    expect(controller.dialogs.open).toBeNull();
    // From the dialog's cache now; the bridge is not asked again.
    await expect(tokens.token()).resolves.toBe('test:kari');
    expect(controller.authController()?.requests.length).toBe(asked);
    expect(controller.dialogs.opened).toHaveLength(1);
    log.mockRestore();
  });

  it('a dialog closed by the user is `cancelled`, and the next click opens another', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    outlook(false);
    const { tokens } = sources();
    const first = tokens.token({ interactive: true });
    for (let i = 0; i < 100 && !controller.dialogs.open; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    controller.dialogs.open?.closeByUser();
    const e = await rejection(first);
    expect([e.kind, e.code]).toEqual(['cancelled', '12006']);
    const second = tokens.token({ interactive: true });
    await answerInDialog({ ok: true, accessToken: 'test:kari', expiresOn: Date.now() + 3600_000 });
    await expect(second).resolves.toBe('test:kari');
    expect(controller.dialogs.opened).toHaveLength(2);
    log.mockRestore();
  });
});

describe('the dialog refused by Office', () => {
  it('ignored by the user at Office’s prompt (12009) is `cancelled`; blocked (12011) is `unavailable`', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    outlook(false);
    const { tokens } = sources();
    controller.failNext('ui.displayDialogAsync', 12009);
    const ignored = await rejection(tokens.token({ interactive: true }));
    expect([ignored.kind, ignored.code]).toEqual(['cancelled', '12009']);
    controller.failNext('ui.displayDialogAsync', 12011);
    const blocked = await rejection(tokens.token({ interactive: true }));
    expect([blocked.kind, blocked.code]).toEqual(['unavailable', '12011']);
    expect(controller.dialogs.opened).toHaveLength(0);
    // The next click opens it.
    const token = tokens.token({ interactive: true });
    await answerInDialog({ ok: true, accessToken: 'test:kari', expiresOn: Date.now() + 3600_000 });
    await expect(token).resolves.toBe('test:kari');
    log.mockRestore();
  });
});

describe('NAA available', () => {
  it('signs in through the bridge and never opens a dialog', async () => {
    outlook(true);
    const { tokens } = sources();
    await expect(tokens.token()).resolves.toBe('test:kari.nordmann@ha.kommune.no');
    await expect(tokens.token({ interactive: true })).resolves.toBe(
      'test:kari.nordmann@ha.kommune.no',
    );
    expect(controller.dialogs.opened).toHaveLength(0);
  });

  it('other failures pass through: consent declined is `cancelled`, no dialog', async () => {
    outlook(true);
    controller.authController()?.setConsent('required');
    controller.authController()?.setInteractive(() => false);
    const { tokens } = sources();
    const e = await rejection(tokens.token({ interactive: true }));
    expect(e.kind).toBe('cancelled');
    expect(controller.dialogs.opened).toHaveLength(0);
  });
});
