/**
 * auth.html, inside an Office dialog: MSAL's ordinary redirect sign-in
 * (for hosts without nested app authentication), then the token goes back
 * to the pane with messageParent and nothing is kept here.
 *
 * MSAL refuses a redirect with its cache in memory only
 * (in_mem_redirect_unavailable): the page leaves and comes back, so the
 * dialog's own session storage carries the state across, and the cache is
 * cleared as soon as the token has been handed over. The dialog's window
 * and its session storage end when the dialog closes.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import profile from 'arkivpost:profile';
import { GRAPH_SCOPES } from '../core/auth';
import { authFailureOf } from '../services/auth/msal';
import type { DialogAnswer } from '../host/office/auth';

declare const ARKIVPOST_AUTHORITY: string;

function answer(a: DialogAnswer): void {
  Office.context.ui.messageParent(JSON.stringify(a));
}

async function run(): Promise<void> {
  const signIn = profile.signIn;
  if (!signIn) return answer({ ok: false, code: 'not_configured' });
  // Entra ID, or in the workbench its local emulator (which MSAL must be told it knows).
  const authority = new URL(
    `${ARKIVPOST_AUTHORITY.replace(/\/$/, '')}/${signIn.tenantId ?? 'organizations'}`,
    location.href,
  );
  const pca = new PublicClientApplication({
    auth: {
      clientId: signIn.clientId,
      authority: authority.href,
      ...(authority.origin === location.origin ? { knownAuthorities: [authority.host] } : {}),
      redirectUri: `${location.origin}${location.pathname}`,
    },
    cache: { cacheLocation: 'sessionStorage' },
    // Outlook on the web may show the dialog in an iframe (as the workbench
    // does): MSAL refuses a redirect there unless told (redirect_in_iframe).
    // The page is our own, alone in the dialog.
    system: { allowRedirectInIframe: true },
  });
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  if (result) {
    await pca.clearCache().catch(() => undefined);
    return answer({
      ok: true,
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_600_000,
    });
  }
  const claims = new URLSearchParams(location.search).get('claims');
  await pca.acquireTokenRedirect({ scopes: [...GRAPH_SCOPES], ...(claims ? { claims } : {}) });
}

Office.onReady(() => {
  run().catch((e: unknown) => {
    const failure = authFailureOf(e);
    answer({ ok: false, code: failure.code, kind: failure.kind });
  });
});
