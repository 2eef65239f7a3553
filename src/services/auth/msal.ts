/**
 * Nested app authentication (NAA) with MSAL: Outlook signs the add-in in
 * with the account it already has, silently when it can. MSAL is loaded on
 * first use, so the pane's first paint does not wait for it.
 *
 *   silent (host's account, cached token)
 *     → interaction required → interactive (only when the user clicked)
 *   a claims challenge from Graph goes along with either.
 */
import type * as MsalBrowser from '@azure/msal-browser';
import type { IPublicClientApplication } from '@azure/msal-browser';
import { AuthFailure } from '../../core/auth';
import type { TokenRequest, TokenSource } from '../../core/auth';

type Msal = typeof MsalBrowser;

export interface MsalOptions {
  readonly clientId: string;
  /** Directory (tenant) id; default `organizations` (any work account). */
  readonly tenantId?: string;
  readonly scopes: readonly string[];
  /** How MSAL is loaded; a test may hand over the module it already has. */
  readonly load?: () => Promise<Msal>;
}

/** The code of the failure when Outlook offers no working nested app authentication. */
export const NAA_UNAVAILABLE = 'nested_app_auth_unavailable';

const loadMsal = (): Promise<Msal> => import(/* webpackChunkName: "msal" */ '@azure/msal-browser');

/** An MSAL error as one of our kinds, by its code (errors cross bundles, so no instanceof). */
export function authFailureOf(error: unknown): AuthFailure {
  if (error instanceof AuthFailure) return error;
  const e = (error ?? {}) as { name?: unknown; errorCode?: unknown; subError?: unknown };
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const sub = typeof e.subError === 'string' ? e.subError : '';
  if (e.name === 'InteractionRequiredAuthError' || code === 'interaction_required') {
    return new AuthFailure('sign-in-required', sub || code);
  }
  if (code === 'user_cancelled' || code === 'user_canceled')
    return new AuthFailure('cancelled', code);
  if (code === 'no_network_connectivity') return new AuthFailure('network', code);
  if (code === 'nested_app_auth_bridge_disabled' || code === 'popup_window_error') {
    return new AuthFailure('unavailable', code);
  }
  return new AuthFailure('failed', code || (typeof e.name === 'string' ? e.name : ''));
}

export function createMsalTokenSource(options: MsalOptions): TokenSource {
  let app: Promise<IPublicClientApplication> | null = null;
  const graphScopes = [...options.scopes];
  const authority = `https://login.microsoftonline.com/${options.tenantId ?? 'organizations'}`;

  const client = (): Promise<IPublicClientApplication> => {
    if (app === null) {
      const started = (options.load ?? loadMsal)().then(async (msal) => {
        let nested = false;
        const pca = await msal
          .createNestablePublicClientApplication(
            {
              auth: { clientId: options.clientId, authority },
              // Memory only: no token ever reaches localStorage or sessionStorage.
              cache: { cacheLocation: 'memoryStorage' },
            },
            undefined,
            // Called only when Outlook's bridge answers; else MSAL would fall back
            // to a popup of its own, which Outlook blocks: the dialog is the way then.
            (configuration, controller) => {
              nested = true;
              return new msal.PublicClientApplication(configuration, controller);
            },
          )
          .catch((e: unknown) => {
            if (nested) throw e;
            return null;
          });
        if (!nested || pca === null) throw new AuthFailure('unavailable', NAA_UNAVAILABLE);
        return pca;
      });
      started.catch(() => {
        if (app === started) app = null;
      });
      app = started;
    }
    return app;
  };

  return {
    async token(request: TokenRequest = {}): Promise<string> {
      let pca: IPublicClientApplication;
      try {
        pca = await client();
      } catch (e) {
        throw authFailureOf(e);
      }
      const claims = request.claims ? { claims: request.claims } : {};
      const scopes = request.scopes ? [...request.scopes] : graphScopes;
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        const result = await pca.acquireTokenSilent({
          scopes,
          ...(account ? { account } : {}),
          ...claims,
        });
        return result.accessToken;
      } catch (e) {
        const failure = authFailureOf(e);
        if (failure.kind !== 'sign-in-required' || !request.interactive) throw failure;
      }
      try {
        const result = await pca.acquireTokenPopup({ scopes, ...claims });
        return result.accessToken;
      } catch (e) {
        throw authFailureOf(e);
      }
    },
  };
}
