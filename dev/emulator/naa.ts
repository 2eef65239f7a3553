/**
 * Outlook's side of nested app authentication (NAA): the
 * `window.nestedAppAuthBridge` object that Outlook puts in an add-in's page
 * and that MSAL's `createNestablePublicClientApplication` talks to.
 *
 * The protocol is MSAL's (msal-browser, src/naa): the add-in posts JSON
 * strings `{ messageType: "NestedAppAuthRequest", method, requestId,
 * tokenParams? }`; the host answers later, to every "message" listener, with
 * `{ messageType: "NestedAppAuthResponse", requestId, success, token?,
 * account?, initContext?, error? }`.
 *
 * The tokens are the Graph emulator's: the access token is `test:<upn>` of
 * the signed-in user (dev/graph accepts it as a bearer token), the id token
 * an unsigned JWT whose `oid` is the user's object id in the Graph emulator.
 *
 * A controller switches what the host does: consent granted or still
 * required (a silent request then needs interaction, and a popup request
 * asks the user), NAA unavailable, and it keeps a log of requests.
 *
 * DOM-free: the workbench runs it in the browser, jest in node.
 */
import { encodeBase64, hashBytes, tenantIdOf, userObjectId, utf8 } from './util';

/** How the host answers (msal-browser's BridgeStatusCode). */
export const BRIDGE_STATUS = {
  UserInteractionRequired: 'USER_INTERACTION_REQUIRED',
  UserCancel: 'USER_CANCEL',
  NoNetwork: 'NO_NETWORK',
  TransientError: 'TRANSIENT_ERROR',
  PersistentError: 'PERSISTENT_ERROR',
  Disabled: 'DISABLED',
  AccountUnavailable: 'ACCOUNT_UNAVAILABLE',
  NestedAppAuthUnavailable: 'NESTED_APP_AUTH_UNAVAILABLE',
} as const;
export type BridgeStatus = (typeof BRIDGE_STATUS)[keyof typeof BRIDGE_STATUS];

export const BRIDGE_METHODS = ['GetInitContext', 'GetToken', 'GetTokenPopup'] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** What a "message" listener receives (msal-browser's AuthBridgeResponse). */
export type AuthBridgeResponse = string | { data: string };
type Listener = (response: AuthBridgeResponse) => void;

/** `window.nestedAppAuthBridge`, exactly as msal-browser's AuthBridge declares it. */
export interface AuthBridge {
  addEventListener: (eventName: string, callback: Listener) => void;
  postMessage: (message: string) => void;
  removeEventListener: (eventName: string, callback: Listener) => void;
}

export interface BridgeError {
  readonly status: BridgeStatus;
  readonly code?: string;
  readonly subError?: string;
  readonly description?: string;
}

/** The account the host answers with (msal-browser's naa AccountInfo). */
export interface BridgeAccount {
  readonly homeAccountId: string;
  readonly environment: string;
  readonly tenantId: string;
  readonly username: string;
  readonly localAccountId: string;
  readonly name: string;
}

export interface BridgeToken {
  readonly access_token: string;
  readonly expires_in: number;
  readonly id_token: string;
  readonly properties: null;
  readonly scope: string;
  readonly authority: string;
}

export interface InitContext {
  readonly sdkName: string;
  readonly sdkVersion: string;
  readonly capabilities: { readonly queryAccount: boolean };
  readonly accountContext: {
    readonly homeAccountId: string;
    readonly environment: string;
    readonly tenantId: string;
  };
}

export interface BridgeResponse {
  readonly messageType: 'NestedAppAuthResponse';
  readonly requestId: string;
  readonly success: boolean;
  readonly token?: BridgeToken;
  readonly account?: BridgeAccount;
  readonly initContext?: InitContext;
  readonly error?: BridgeError;
}

export type Consent = 'granted' | 'required';

/** What the host asks the user when an add-in needs consent (GetTokenPopup). */
export interface InteractiveRequest {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly claims: string | null;
  readonly user: AuthUser;
}

export interface AuthUser {
  readonly emailAddress: string;
  readonly displayName: string;
}

export interface AuthBridgeOptions {
  /** The signed-in user. */
  readonly user: AuthUser;
  /** Default `granted`. */
  readonly consent?: Consent;
  /** false: every request fails with NESTED_APP_AUTH_UNAVAILABLE. Default true. */
  readonly available?: boolean;
  /** Asks the user to consent; resolve true to allow. Default: allows. */
  readonly onInteractive?: (request: InteractiveRequest) => Promise<boolean> | boolean;
  /** Default: derived from the user's mail domain (tenantIdOf). */
  readonly tenantId?: string;
  /** Default: the user's object id in the Graph emulator (userObjectId). */
  readonly objectId?: string;
  /** Delay before each answer, in milliseconds; default 0 (next macrotask). */
  readonly latencyMs?: number;
  readonly now?: () => Date;
}

/** One request the host received, for tests. */
export interface AuthRequestRecord {
  readonly requestId: string | null;
  /** As sent; `(unreadable)` when the message was not JSON. */
  readonly method: string;
  /** GetTokenPopup: the host may ask the user. */
  readonly interactive: boolean;
  readonly clientId: string | null;
  readonly scopes: readonly string[];
  /** A claims challenge passed on by the add-in. */
  readonly claims: string | null;
  readonly forceRefresh: boolean;
  /** Whether the user was asked for consent. */
  readonly prompted: boolean;
  /** `token`, `init-context`, `ignored` (not a NAA request), or the error status. */
  readonly outcome: 'token' | 'init-context' | 'ignored' | BridgeStatus;
}

export const SDK_NAME = 'Outlook (Arkivpost workbench)';
export const LOGIN_ENVIRONMENT = 'login.microsoftonline.com';
const TOKEN_LIFETIME = 3600;

function base64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** An unsigned JWT (`alg: none`): header and claims, base64url, empty signature. */
export function unsignedJwt(claims: Readonly<Record<string, unknown>>): string {
  const part = (v: unknown): string => base64Url(utf8(JSON.stringify(v)));
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** The claims of a JWT, without checking anything. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const b64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

class BridgeRequestError extends Error {
  constructor(readonly error: BridgeError) {
    super(error.description ?? error.status);
  }
}

function fail(status: BridgeStatus, code: string, description: string, subError?: string): never {
  throw new BridgeRequestError({
    status,
    code,
    ...(subError !== undefined ? { subError } : {}),
    description,
  });
}

interface TokenParams {
  readonly clientId: string;
  readonly scopes: string[];
  readonly claims: string | null;
  readonly forceRefresh: boolean;
}

function invalid(description: string): never {
  return fail(BRIDGE_STATUS.PersistentError, 'invalid_request', description);
}

/** Check tokenParams as the host does before it asks Entra ID for anything. */
function readTokenParams(raw: unknown): TokenParams {
  if (typeof raw !== 'object' || raw === null) invalid('tokenParams is required.');
  const p = raw as Record<string, unknown>;
  const clientId = typeof p['clientId'] === 'string' ? p['clientId'].trim() : '';
  if (clientId === '') invalid('tokenParams.clientId is required.');
  const scope = typeof p['scope'] === 'string' ? p['scope'].trim() : '';
  if (scope === '') invalid('tokenParams.scope is required: at least one scope.');
  const claims = typeof p['claims'] === 'string' && p['claims'] !== '' ? p['claims'] : null;
  return {
    clientId,
    scopes: scope.split(/\s+/),
    claims,
    forceRefresh: p['forceRefresh'] === true,
  };
}

/**
 * The host's side: answers the bridges it hands out (one per page, as
 * Outlook gives each add-in frame its own) for one signed-in user.
 */
export class AuthBridgeController {
  readonly user: AuthUser;
  readonly tenantId: string;
  readonly objectId: string;
  private consentState: Consent;
  private availableState: boolean;
  private interactive: (request: InteractiveRequest) => Promise<boolean> | boolean;
  private readonly log: AuthRequestRecord[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly latencyMs: number;
  private readonly now: () => Date;
  private disposed = false;

  constructor(options: AuthBridgeOptions) {
    this.user = { ...options.user };
    this.tenantId = options.tenantId ?? tenantIdOf(options.user.emailAddress);
    this.objectId = options.objectId ?? userObjectId(options.user.emailAddress);
    this.consentState = options.consent ?? 'granted';
    this.availableState = options.available ?? true;
    this.interactive = options.onInteractive ?? (() => true);
    this.latencyMs = options.latencyMs ?? 0;
    this.now = options.now ?? (() => new Date());
  }

  get consent(): Consent {
    return this.consentState;
  }

  /** `required`: GetToken needs interaction until the user allows it in a GetTokenPopup. */
  setConsent(consent: Consent): void {
    this.consentState = consent;
  }

  get available(): boolean {
    return this.availableState;
  }

  /** false: every request fails with NESTED_APP_AUTH_UNAVAILABLE (as when Outlook cannot broker). */
  setAvailable(available: boolean): void {
    this.availableState = available;
  }

  /** Who answers the consent prompt. */
  get onInteractive(): (request: InteractiveRequest) => Promise<boolean> | boolean {
    return this.interactive;
  }

  setInteractive(ask: (request: InteractiveRequest) => Promise<boolean> | boolean): void {
    this.interactive = ask;
  }

  /** Requests so far, oldest first. */
  get requests(): readonly AuthRequestRecord[] {
    return this.log;
  }

  clearRequests(): void {
    this.log.length = 0;
  }

  /** The account the host answers with. */
  get account(): BridgeAccount {
    return {
      homeAccountId: `${this.objectId}.${this.tenantId}`,
      environment: LOGIN_ENVIRONMENT,
      tenantId: this.tenantId,
      username: this.user.emailAddress,
      localAccountId: this.objectId,
      name: this.user.displayName,
    };
  }

  /** The access token the Graph emulator accepts for the user. */
  get accessToken(): string {
    return `test:${this.user.emailAddress}`;
  }

  /** A new `window.nestedAppAuthBridge` for one page. */
  bridge(): AuthBridge {
    const listeners: Listener[] = [];
    const deliver = (response: BridgeResponse): void => {
      const text = JSON.stringify(response);
      for (const cb of [...listeners]) {
        try {
          cb(text);
        } catch {
          // A page that went away (a closed task pane) no longer listens.
        }
      }
    };
    return {
      addEventListener: (eventName: string, callback: Listener): void => {
        if (eventName === 'message' && typeof callback === 'function') listeners.push(callback);
      },
      removeEventListener: (eventName: string, callback: Listener): void => {
        const i = eventName === 'message' ? listeners.indexOf(callback) : -1;
        if (i >= 0) listeners.splice(i, 1);
      },
      postMessage: (message: string): void => {
        const work = this.handle(message).then((response) =>
          response ? this.later(() => deliver(response)) : undefined,
        );
        this.pending.add(work);
        void work.finally(() => this.pending.delete(work));
      },
    };
  }

  /** Resolves once every request received so far is answered. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Cancel answers not yet delivered. */
  dispose(): void {
    this.disposed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private later(fn: () => void): Promise<void> {
    return new Promise((resolve) => {
      if (this.disposed) return resolve();
      const t = setTimeout(() => {
        this.timers.delete(t);
        fn();
        resolve();
      }, this.latencyMs);
      this.timers.add(t);
    });
  }

  private async handle(message: unknown): Promise<BridgeResponse | null> {
    let envelope: Record<string, unknown>;
    try {
      const parsed: unknown = typeof message === 'string' ? JSON.parse(message) : null;
      if (typeof parsed !== 'object' || parsed === null) throw new TypeError('not an object');
      envelope = parsed as Record<string, unknown>;
    } catch {
      this.record({ requestId: null, method: '(unreadable)' }, 'ignored');
      return null;
    }
    const requestId = typeof envelope['requestId'] === 'string' ? envelope['requestId'] : null;
    const method = typeof envelope['method'] === 'string' ? envelope['method'] : '';
    // Only NAA requests are answered; without a requestId there is no one to answer.
    if (envelope['messageType'] !== 'NestedAppAuthRequest' || requestId === null) {
      this.record({ requestId, method }, 'ignored');
      return null;
    }
    const base = { messageType: 'NestedAppAuthResponse' as const, requestId };
    const seen: Partial<AuthRequestRecord> = { requestId, method };
    try {
      if (!this.availableState) {
        fail(
          BRIDGE_STATUS.NestedAppAuthUnavailable,
          'nested_app_auth_unavailable',
          'Nested app authentication is not available in this Outlook.',
        );
      }
      if (method === 'GetInitContext') {
        this.record(seen, 'init-context');
        return { ...base, success: true, initContext: this.initContext() };
      }
      if (method !== 'GetToken' && method !== 'GetTokenPopup') {
        fail(BRIDGE_STATUS.PersistentError, 'unsupported_method', `Unknown method "${method}".`);
      }
      const interactive = method === 'GetTokenPopup';
      Object.assign(seen, { interactive });
      const params = readTokenParams(envelope['tokenParams']);
      Object.assign(seen, params);
      if (this.consentState === 'required') {
        if (!interactive) {
          fail(
            BRIDGE_STATUS.UserInteractionRequired,
            'interaction_required',
            `AADSTS65001: The user or administrator has not consented to use the application with ID '${params.clientId}'. Send an interactive authorization request for this user and resource.`,
            'consent_required',
          );
        }
        Object.assign(seen, { prompted: true });
        const allowed = await this.interactive({
          clientId: params.clientId,
          scopes: params.scopes,
          claims: params.claims,
          user: this.user,
        });
        if (!allowed) fail(BRIDGE_STATUS.UserCancel, 'user_cancelled', 'User cancelled the flow.');
        this.consentState = 'granted';
      }
      this.record(seen, 'token');
      return { ...base, success: true, token: this.token(params), account: this.account };
    } catch (e) {
      const error: BridgeError =
        e instanceof BridgeRequestError
          ? e.error
          : {
              status: BRIDGE_STATUS.TransientError,
              code: 'host_error',
              description: e instanceof Error ? e.message : String(e),
            };
      this.record(seen, error.status);
      return { ...base, success: false, error };
    }
  }

  private record(seen: Partial<AuthRequestRecord>, outcome: AuthRequestRecord['outcome']): void {
    this.log.push({
      requestId: seen.requestId ?? null,
      method: seen.method ?? '',
      interactive: seen.interactive ?? false,
      clientId: seen.clientId ?? null,
      scopes: seen.scopes ?? [],
      claims: seen.claims ?? null,
      forceRefresh: seen.forceRefresh ?? false,
      prompted: seen.prompted ?? false,
      outcome,
    });
  }

  private initContext(): InitContext {
    const a = this.account;
    return {
      sdkName: SDK_NAME,
      sdkVersion: '1.0',
      capabilities: { queryAccount: false },
      accountContext: {
        homeAccountId: a.homeAccountId,
        environment: a.environment,
        tenantId: a.tenantId,
      },
    };
  }

  private token(params: TokenParams): BridgeToken {
    const iat = Math.floor(this.now().getTime() / 1000);
    const idToken = unsignedJwt({
      aud: params.clientId,
      iss: `https://${LOGIN_ENVIRONMENT}/${this.tenantId}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + TOKEN_LIFETIME,
      name: this.user.displayName,
      preferred_username: this.user.emailAddress,
      oid: this.objectId,
      tid: this.tenantId,
      // Entra ID's sub is pairwise: one value per user and application.
      sub: base64Url(hashBytes(`sub:${this.objectId}:${params.clientId}`, 32)),
      ver: '2.0',
    });
    return {
      access_token: this.accessToken,
      expires_in: TOKEN_LIFETIME,
      id_token: idToken,
      properties: null,
      scope: params.scopes.join(' '),
      authority: `https://${LOGIN_ENVIRONMENT}/${this.tenantId}`,
    };
  }
}

/** The host side and a first bridge (for `window.nestedAppAuthBridge`). */
export function createAuthBridge(options: AuthBridgeOptions): {
  bridge: AuthBridge;
  controller: AuthBridgeController;
} {
  const controller = new AuthBridgeController(options);
  return { bridge: controller.bridge(), controller };
}
