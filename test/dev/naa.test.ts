/**
 * The emulated nested app authentication host (dev/emulator/naa.ts): the
 * bridge protocol driven by hand, the bridge handed out by the Office
 * emulator for the signed-in user, and the real MSAL
 * (createNestablePublicClientApplication) signing in through it and
 * calling the Graph emulator with the token it gets.
 */
import {
  ClientAuthError,
  InteractionRequiredAuthError,
  PublicClientApplication,
  createNestablePublicClientApplication,
} from '@azure/msal-browser';
import type { IPublicClientApplication } from '@azure/msal-browser';
import { createOffice } from '../../dev/emulator';
import { createAuthBridge, jwtClaims } from '../../dev/emulator/naa';
import type {
  AuthBridge,
  AuthBridgeController,
  AuthBridgeOptions,
  BridgeResponse,
} from '../../dev/emulator/naa';
import { createGraphEmulator } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';

const CLIENT_ID = '6f1d8f2e-3c4b-4a5d-9e8f-7a6b5c4d3e2f';
const KARI = { emailAddress: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann' };
const PER = { emailAddress: 'per.hansen@ha.kommune.no', displayName: 'Per Hansen' };
const POST = {
  emailAddress: 'post@ha.kommune.no',
  displayName: 'Hå kommune – post',
  kind: 'shared',
};

let graph: GraphEmulator;

beforeAll(async () => {
  graph = await createGraphEmulator();
});

afterAll(() => {
  graph.close();
});

/** A page's side of the bridge: post requests, collect the answers. */
function page(bridge: AuthBridge): {
  ask(envelope: Record<string, unknown> | string): Promise<BridgeResponse>;
  answers: BridgeResponse[];
} {
  const answers: BridgeResponse[] = [];
  const waiting = new Map<string, (r: BridgeResponse) => void>();
  bridge.addEventListener('message', (response) => {
    const r = JSON.parse(typeof response === 'string' ? response : response.data) as BridgeResponse;
    answers.push(r);
    waiting.get(r.requestId)?.(r);
  });
  let n = 0;
  return {
    answers,
    ask(envelope) {
      if (typeof envelope === 'string') {
        bridge.postMessage(envelope);
        return Promise.resolve({} as BridgeResponse);
      }
      const requestId = `req-${++n}`;
      const answered = new Promise<BridgeResponse>((resolve) => waiting.set(requestId, resolve));
      bridge.postMessage(
        JSON.stringify({ messageType: 'NestedAppAuthRequest', requestId, ...envelope }),
      );
      return answered;
    },
  };
}

function tokenRequest(
  method: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    method,
    tokenParams: {
      clientId: CLIENT_ID,
      scope: 'Mail.ReadWrite.Shared User.Read',
      correlationId: 'c-1',
      ...extra,
    },
  };
}

describe('the bridge protocol', () => {
  it('answers GetInitContext later, with the account context of the signed-in user', async () => {
    const { bridge, controller } = createAuthBridge({ user: KARI });
    const p = page(bridge);
    const answered = p.ask({ method: 'GetInitContext' });
    expect(p.answers).toHaveLength(0);
    const r = await answered;
    const me = (await (
      await graph.fetch('/graph/v1.0/me', {
        headers: { authorization: `Bearer ${controller.accessToken}` },
      })
    ).json()) as { id: string };
    expect(r).toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: 'req-1',
      success: true,
      initContext: {
        sdkName: 'Outlook (Arkivpost workbench)',
        sdkVersion: '1.0',
        capabilities: { queryAccount: false },
        accountContext: {
          homeAccountId: `${me.id}.${controller.tenantId}`,
          environment: 'login.microsoftonline.com',
          tenantId: controller.tenantId,
        },
      },
    });
    expect(controller.tenantId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
  });

  it('gives the Graph emulator’s token and an id token whose oid is the Graph user’s id', async () => {
    const { bridge, controller } = createAuthBridge({
      user: PER,
      now: () => new Date('2026-03-02T08:00:00Z'),
    });
    const r = await page(bridge).ask(tokenRequest('GetToken'));
    expect(r.success).toBe(true);
    expect(r.token).toMatchObject({
      access_token: 'test:per.hansen@ha.kommune.no',
      expires_in: 3600,
      scope: 'Mail.ReadWrite.Shared User.Read',
      authority: `https://login.microsoftonline.com/${controller.tenantId}`,
    });
    const idToken = r.token?.id_token ?? '';
    expect(idToken.split('.')).toHaveLength(3);
    expect(idToken.endsWith('.')).toBe(true);
    expect(jwtClaims(`${idToken.split('.')[0]}.${idToken.split('.')[0]}.`)).toEqual({
      alg: 'none',
      typ: 'JWT',
    });
    const me = (await (
      await graph.fetch('/graph/v1.0/me', {
        headers: { authorization: `Bearer ${r.token?.access_token}` },
      })
    ).json()) as { id: string; userPrincipalName: string };
    expect(me.userPrincipalName).toBe(PER.emailAddress);
    const iat = Date.parse('2026-03-02T08:00:00Z') / 1000;
    expect(jwtClaims(idToken)).toEqual({
      aud: CLIENT_ID,
      iss: `https://login.microsoftonline.com/${controller.tenantId}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + 3600,
      name: 'Per Hansen',
      preferred_username: PER.emailAddress,
      oid: me.id,
      tid: controller.tenantId,
      sub: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      ver: '2.0',
    });
    expect(r.account).toEqual({
      homeAccountId: `${me.id}.${controller.tenantId}`,
      environment: 'login.microsoftonline.com',
      tenantId: controller.tenantId,
      username: PER.emailAddress,
      localAccountId: me.id,
      name: 'Per Hansen',
    });
  });

  it('keeps names outside ASCII intact in the id token', async () => {
    const { bridge } = createAuthBridge({
      user: { emailAddress: 'bjorn.aas@ha.kommune.no', displayName: 'Bjørn Ås' },
    });
    const r = await page(bridge).ask(tokenRequest('GetToken'));
    expect(jwtClaims(r.token?.id_token ?? '')['name']).toBe('Bjørn Ås');
  });

  it('gives one tenant to users of one organisation, and another to another', () => {
    const a = createAuthBridge({ user: KARI }).controller;
    const b = createAuthBridge({ user: PER }).controller;
    const c = createAuthBridge({
      user: { emailAddress: 'anna.andersson@vara.se', displayName: 'Anna Andersson' },
    }).controller;
    expect(a.tenantId).toBe(b.tenantId);
    expect(c.tenantId).not.toBe(a.tenantId);
  });

  it('needs interaction while consent is required; a popup asks the user, and then silent works', async () => {
    const asked: unknown[] = [];
    const { bridge, controller } = createAuthBridge({
      user: KARI,
      consent: 'required',
      onInteractive: (req) => {
        asked.push(req);
        return Promise.resolve(true);
      },
    });
    const p = page(bridge);
    const silent = await p.ask(tokenRequest('GetToken'));
    expect(silent).toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: 'req-1',
      success: false,
      error: {
        status: 'USER_INTERACTION_REQUIRED',
        code: 'interaction_required',
        subError: 'consent_required',
        description: expect.stringContaining(CLIENT_ID),
      },
    });
    expect(asked).toEqual([]);
    const popup = await p.ask(tokenRequest('GetTokenPopup'));
    expect(popup.success).toBe(true);
    expect(popup.token?.access_token).toBe('test:kari.nordmann@ha.kommune.no');
    expect(asked).toEqual([
      {
        clientId: CLIENT_ID,
        scopes: ['Mail.ReadWrite.Shared', 'User.Read'],
        claims: null,
        user: KARI,
      },
    ]);
    expect(controller.consent).toBe('granted');
    expect((await p.ask(tokenRequest('GetToken'))).success).toBe(true);
    expect(
      controller.requests.map((r) => [r.method, r.interactive, r.prompted, r.outcome]),
    ).toEqual([
      ['GetToken', false, false, 'USER_INTERACTION_REQUIRED'],
      ['GetTokenPopup', true, true, 'token'],
      ['GetToken', false, false, 'token'],
    ]);
  });

  it('answers USER_CANCEL when the user declines, and consent stays required', async () => {
    const { bridge, controller } = createAuthBridge({
      user: KARI,
      consent: 'required',
      onInteractive: () => false,
    });
    const r = await page(bridge).ask(tokenRequest('GetTokenPopup'));
    expect(r.success).toBe(false);
    expect(r.error).toMatchObject({ status: 'USER_CANCEL', code: 'user_cancelled' });
    expect(controller.consent).toBe('required');
  });

  it('answers a popup at once when consent is granted, without asking', async () => {
    let asked = 0;
    const { bridge, controller } = createAuthBridge({
      user: KARI,
      onInteractive: () => {
        asked += 1;
        return true;
      },
    });
    expect((await page(bridge).ask(tokenRequest('GetTokenPopup'))).success).toBe(true);
    expect(asked).toBe(0);
    expect(controller.requests[0]).toMatchObject({ interactive: true, prompted: false });
  });

  it('fails every request with NESTED_APP_AUTH_UNAVAILABLE when switched off, and works again when on', async () => {
    const { bridge, controller } = createAuthBridge({ user: KARI, available: false });
    const p = page(bridge);
    for (const method of ['GetInitContext', 'GetToken', 'GetTokenPopup']) {
      const r = await p.ask(tokenRequest(method));
      expect(r.success).toBe(false);
      expect(r.error?.status).toBe('NESTED_APP_AUTH_UNAVAILABLE');
    }
    controller.setAvailable(true);
    expect((await p.ask(tokenRequest('GetToken'))).success).toBe(true);
  });

  it('refuses unknown methods and token requests without a client id or a scope', async () => {
    const { bridge } = createAuthBridge({ user: KARI });
    const p = page(bridge);
    const cases: [Record<string, unknown>, string][] = [
      [{ method: 'GetAccounts' }, 'GetAccounts'],
      [{ method: 'GetToken' }, 'tokenParams'],
      [tokenRequest('GetToken', { clientId: '' }), 'clientId'],
      [tokenRequest('GetTokenPopup', { clientId: undefined }), 'clientId'],
      [tokenRequest('GetToken', { scope: '  ' }), 'scope'],
      [tokenRequest('GetToken', { scope: undefined }), 'scope'],
    ];
    for (const [envelope, named] of cases) {
      const r = await p.ask(envelope);
      expect(r.success).toBe(false);
      expect(r.error?.status).toBe('PERSISTENT_ERROR');
      expect(r.error?.description).toContain(named);
    }
  });

  it('passes a claims challenge on: a fresh token, and the claims in the log', async () => {
    let clock = Date.parse('2026-03-02T08:00:00Z');
    const { bridge, controller } = createAuthBridge({ user: KARI, now: () => new Date(clock) });
    const p = page(bridge);
    const first = await p.ask(tokenRequest('GetToken'));
    clock += 60_000;
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1772438400"}}}';
    const second = await p.ask(tokenRequest('GetToken', { claims, forceRefresh: true }));
    expect(second.success).toBe(true);
    expect(jwtClaims(second.token?.id_token ?? '')['iat']).toBe(
      (jwtClaims(first.token?.id_token ?? '')['iat'] as number) + 60,
    );
    expect(controller.requests[1]).toMatchObject({
      method: 'GetToken',
      clientId: CLIENT_ID,
      scopes: ['Mail.ReadWrite.Shared', 'User.Read'],
      claims,
      forceRefresh: true,
      outcome: 'token',
    });
  });

  it('ignores what is not a NAA request, stops answering a removed listener, and answers each page on its own bridge', async () => {
    const { bridge, controller } = createAuthBridge({ user: KARI });
    const p = page(bridge);
    await p.ask('not json');
    await p.ask(JSON.stringify({ messageType: 'Other', requestId: 'x', method: 'GetToken' }));
    await p.ask(JSON.stringify({ messageType: 'NestedAppAuthRequest', method: 'GetToken' }));
    const other = page(controller.bridge());
    await other.ask({ method: 'GetInitContext' });
    await controller.idle();
    expect(p.answers).toEqual([]);
    expect(controller.requests.map((r) => r.outcome)).toEqual([
      'ignored',
      'ignored',
      'ignored',
      'init-context',
    ]);
    const heard: unknown[] = [];
    const listener = (r: unknown): void => void heard.push(r);
    bridge.addEventListener('message', listener);
    bridge.removeEventListener('message', listener);
    await p.ask({ method: 'GetInitContext' });
    expect(heard).toEqual([]);
  });

  it('keeps answering the other pages when one page’s listener throws', async () => {
    const { bridge } = createAuthBridge({ user: KARI });
    bridge.addEventListener('message', () => {
      throw new Error('the frame is gone');
    });
    expect((await page(bridge).ask({ method: 'GetInitContext' })).success).toBe(true);
  });
});

describe('the bridge of the emulated Outlook', () => {
  const base = {
    displayLanguage: 'nn-NO',
    mailbox: { ...KARI, kind: 'personal' as const },
    item: null,
  };

  it('is there when the client advertises NestedAppAuth, for the signed-in user of a function mailbox', async () => {
    const { Office, controller } = createOffice({
      ...base,
      mailbox: POST as typeof base.mailbox,
      user: PER,
      extraRequirementSets: { NestedAppAuth: '1.1' },
    });
    expect(Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(true);
    expect(Office.context.mailbox.userProfile.emailAddress).toBe(PER.emailAddress);
    const bridge = controller.authBridge();
    expect(bridge).not.toBeNull();
    const r = await page(bridge as AuthBridge).ask(tokenRequest('GetToken'));
    expect(r.token?.access_token).toBe('test:per.hansen@ha.kommune.no');
    expect(r.account?.name).toBe('Per Hansen');
    controller.dispose();
  });

  it('is not there without the requirement set', () => {
    const { Office, controller } = createOffice(base);
    expect(Office.context.requirements.isSetSupported('NestedAppAuth')).toBe(false);
    expect(controller.authBridge()).toBeNull();
    expect(controller.authController()).toBeNull();
  });

  it('takes consent and the prompt from the options; a new user starts with their own consent', async () => {
    const { controller } = createOffice({
      ...base,
      extraRequirementSets: { NestedAppAuth: '1.1' },
      auth: { consent: 'required', onInteractive: () => true },
    });
    const kari = controller.authController() as AuthBridgeController;
    expect(kari.consent).toBe('required');
    expect(controller.authController()).toBe(kari);
    await page(controller.authBridge() as AuthBridge).ask(tokenRequest('GetTokenPopup'));
    expect(kari.consent).toBe('granted');
    kari.setAvailable(false);
    controller.setMailbox({ ...PER, kind: 'personal' });
    const per = controller.authController() as AuthBridgeController;
    expect(per).not.toBe(kari);
    expect(per.user).toEqual(PER);
    expect(per.consent).toBe('required');
    expect(per.available).toBe(false);
    controller.dispose();
  });
});

describe('MSAL through the emulated bridge', () => {
  const g = globalThis as unknown as Record<string, unknown>;
  const hadWindow = 'window' in g;
  const Channel = globalThis.BroadcastChannel;
  const channels: BroadcastChannel[] = [];

  beforeAll(() => {
    // msal-browser looks for window.nestedAppAuthBridge.
    if (!hadWindow) g['window'] = globalThis;
    // It opens BroadcastChannels (for other tabs) that it never closes; in
    // node they would keep the test process running.
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
  });

  async function signIn(
    options: Omit<AuthBridgeOptions, 'user'> = {},
    user = KARI,
  ): Promise<{ pca: IPublicClientApplication; controller: AuthBridgeController; nested: boolean }> {
    const { bridge, controller } = createAuthBridge({ user, ...options });
    g['nestedAppAuthBridge'] = bridge;
    let nested = false;
    const pca = await createNestablePublicClientApplication(
      {
        auth: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/organizations' },
        cache: { cacheLocation: 'memoryStorage' },
        system: { loggerOptions: { loggerCallback: () => undefined } },
      },
      undefined,
      (configuration, naa) => {
        // Called only when the bridge answered: what happens without a factory.
        nested = true;
        return new PublicClientApplication(configuration, naa);
      },
    ).catch((e: unknown) => {
      if (nested) throw e;
      return null as unknown as IPublicClientApplication;
    });
    return { pca, controller, nested };
  }

  it('signs Kari in silently: the Graph emulator’s token, her name and username, then from the cache', async () => {
    const { pca, controller, nested } = await signIn();
    expect(nested).toBe(true);
    const first = await pca.acquireTokenSilent({ scopes: ['Mail.ReadWrite.Shared'] });
    expect(first.accessToken).toBe('test:kari.nordmann@ha.kommune.no');
    expect(first.account.name).toBe('Kari Nordmann');
    expect(first.account.username).toBe(KARI.emailAddress);
    expect(first.account.tenantId).toBe(controller.tenantId);
    expect(first.fromCache).toBe(false);
    const res = await graph.fetch('/graph/v1.0/me', {
      headers: { authorization: `Bearer ${first.accessToken}` },
    });
    expect(((await res.json()) as { id: string }).id).toBe(first.account.localAccountId);

    const again = await pca.acquireTokenSilent({
      scopes: ['Mail.ReadWrite.Shared'],
      account: first.account,
    });
    expect(again.accessToken).toBe(first.accessToken);
    expect(again.fromCache).toBe(true);
    expect(controller.requests.map((r) => r.method)).toEqual(['GetInitContext', 'GetToken']);
  });

  it('fails silently with InteractionRequiredAuthError while consent is required; the popup asks and succeeds', async () => {
    let asked = 0;
    const { pca, controller } = await signIn({
      consent: 'required',
      onInteractive: () => {
        asked += 1;
        return Promise.resolve(true);
      },
    });
    const silent = pca.acquireTokenSilent({ scopes: ['Mail.ReadWrite.Shared'] });
    await expect(silent).rejects.toBeInstanceOf(InteractionRequiredAuthError);
    await expect(silent).rejects.toMatchObject({ errorCode: 'interaction_required' });
    expect(asked).toBe(0);
    const popup = await pca.acquireTokenPopup({ scopes: ['Mail.ReadWrite.Shared'] });
    expect(popup.accessToken).toBe('test:kari.nordmann@ha.kommune.no');
    expect(popup.account.username).toBe(KARI.emailAddress);
    expect(asked).toBe(1);
    const after = await pca.acquireTokenSilent({
      scopes: ['Mail.ReadWrite.Shared'],
      account: popup.account,
    });
    expect(after.accessToken).toBe(popup.accessToken);
    expect(controller.requests.map((r) => [r.method, r.outcome])).toEqual([
      ['GetInitContext', 'init-context'],
      ['GetToken', 'USER_INTERACTION_REQUIRED'],
      ['GetTokenPopup', 'token'],
    ]);
  });

  it('reports a declined prompt as MSAL’s user_canceled', async () => {
    const { pca } = await signIn({ consent: 'required', onInteractive: () => false });
    const popup = pca.acquireTokenPopup({ scopes: ['Mail.ReadWrite.Shared'] });
    await expect(popup).rejects.toBeInstanceOf(ClientAuthError);
    await expect(popup).rejects.toMatchObject({ errorCode: 'user_canceled' });
  });

  it('passes a claims challenge through to the host, past its cache', async () => {
    const { pca, controller } = await signIn({}, PER);
    const first = await pca.acquireTokenSilent({ scopes: ['Mail.ReadWrite.Shared'] });
    const claims = JSON.stringify({
      access_token: { nbf: { essential: true, value: '1772438400' } },
    });
    const fresh = await pca.acquireTokenSilent({
      scopes: ['Mail.ReadWrite.Shared'],
      account: first.account,
      claims,
    });
    expect(fresh.fromCache).toBe(false);
    expect(fresh.accessToken).toBe('test:per.hansen@ha.kommune.no');
    const last = controller.requests[controller.requests.length - 1];
    expect(last?.method).toBe('GetToken');
    // MSAL adds its own id_token claims requests to the challenge.
    expect(JSON.parse(last?.claims ?? 'null')).toMatchObject(JSON.parse(claims));
  });

  it('does not nest when the host says NAA is unavailable', async () => {
    // msal-browser logs the bridge's error to the console.
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const { controller, nested } = await signIn({ available: false });
    log.mockRestore();
    expect(nested).toBe(false);
    expect(controller.requests.map((r) => [r.method, r.outcome])).toEqual([
      ['GetInitContext', 'NESTED_APP_AUTH_UNAVAILABLE'],
    ]);
  });
});
