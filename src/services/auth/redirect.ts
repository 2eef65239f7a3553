/**
 * MSAL's redirect sign-in, for a page in a browser tab (the oversight page
 * at /oversikt): `handleRedirectPromise` when the page comes back from
 * Entra ID, `loginRedirect` from a click, then `acquireTokenSilent`, and
 * `acquireTokenRedirect` when the user must sign in again (only from a
 * click). Tokens in the tab's session storage (a redirect leaves the page),
 * never in localStorage.
 */
import type * as MsalBrowser from '@azure/msal-browser';
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { AuthFailure } from '../../core/auth';
import type { TokenRequest, TokenSource } from '../../core/auth';
import { authFailureOf } from './msal';

type Msal = typeof MsalBrowser;

export interface RedirectOptions {
  readonly clientId: string;
  /** https://login.microsoftonline.com/<tenant>, or the workbench's Entra ID emulator. */
  readonly authority: string;
  /** Hosts MSAL may trust without Microsoft's instance discovery (the emulator's). */
  readonly knownAuthorities?: readonly string[];
  /** This page, without its query: Entra ID sends the user back here. */
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly load?: () => Promise<Msal>;
}

export interface RedirectSignIn {
  /** Finish a sign-in that came back to this page; the account, or null when nobody is signed in. */
  start(): Promise<{ readonly name: string; readonly address: string } | null>;
  /** Go to Entra ID to sign in (the page navigates away). */
  signIn(): Promise<void>;
  readonly tokens: TokenSource;
}

const loadMsal = (): Promise<Msal> => import(/* webpackChunkName: "msal" */ '@azure/msal-browser');

export function createRedirectSignIn(options: RedirectOptions): RedirectSignIn {
  let app: Promise<IPublicClientApplication> | null = null;
  const scopes = [...options.scopes];
  const client = (): Promise<IPublicClientApplication> => {
    app ??= (options.load ?? loadMsal)().then(async (msal) => {
      const pca = new msal.PublicClientApplication({
        auth: {
          clientId: options.clientId,
          authority: options.authority,
          redirectUri: options.redirectUri,
          ...(options.knownAuthorities ? { knownAuthorities: [...options.knownAuthorities] } : {}),
        },
        // A redirect leaves the page: MSAL refuses it with memory only
        // (in_mem_redirect_unavailable). The tab's session storage, gone with the tab.
        cache: { cacheLocation: 'sessionStorage' },
        // Outlook on the web may show an Office dialog in an iframe.
        system: { allowRedirectInIframe: true },
      });
      await pca.initialize();
      return pca;
    });
    return app;
  };
  const account = (pca: IPublicClientApplication): AccountInfo | null =>
    pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

  return {
    async start() {
      let pca: IPublicClientApplication;
      try {
        pca = await client();
        const result = await pca.handleRedirectPromise();
        if (result?.account) pca.setActiveAccount(result.account);
      } catch (e) {
        throw authFailureOf(e);
      }
      const a = account(pca);
      return a ? { name: a.name ?? a.username, address: a.username } : null;
    },
    async signIn() {
      try {
        const pca = await client();
        await pca.loginRedirect({ scopes, redirectStartPage: window.location.href });
      } catch (e) {
        throw authFailureOf(e);
      }
    },
    tokens: {
      async token(request: TokenRequest = {}): Promise<string> {
        let pca: IPublicClientApplication;
        try {
          pca = await client();
        } catch (e) {
          throw authFailureOf(e);
        }
        const a = account(pca);
        const claims = request.claims ? { claims: request.claims } : {};
        const wanted = request.scopes ? [...request.scopes] : scopes;
        if (a) {
          try {
            return (await pca.acquireTokenSilent({ scopes: wanted, account: a, ...claims }))
              .accessToken;
          } catch (e) {
            const failure = authFailureOf(e);
            if (failure.kind !== 'sign-in-required' || !request.interactive) throw failure;
          }
        } else if (!request.interactive) {
          throw new AuthFailure('sign-in-required', 'no_account');
        }
        try {
          // Navigates away; the page signs in again when it comes back.
          await pca.acquireTokenRedirect({
            scopes: wanted,
            ...claims,
            redirectStartPage: window.location.href,
          });
        } catch (e) {
          throw authFailureOf(e);
        }
        throw new AuthFailure('sign-in-required', 'redirect');
      },
    },
  };
}
