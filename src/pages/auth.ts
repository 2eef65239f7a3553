/**
 * auth.html, inside an Office dialog: MSAL's ordinary redirect sign-in
 * (for hosts without nested app authentication), then the token goes back
 * to the pane with messageParent and nothing is kept here.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import profile from 'arkivpost:profile';
import { GRAPH_SCOPES } from '../core/auth';
import { authFailureOf } from '../services/auth/msal';
import type { DialogAnswer } from '../host/office/auth';

function answer(a: DialogAnswer): void {
  Office.context.ui.messageParent(JSON.stringify(a));
}

async function run(): Promise<void> {
  const signIn = profile.signIn;
  if (!signIn) return answer({ ok: false, code: 'not_configured' });
  const pca = new PublicClientApplication({
    auth: {
      clientId: signIn.clientId,
      authority: `https://login.microsoftonline.com/${signIn.tenantId ?? 'organizations'}`,
      redirectUri: `${location.origin}${location.pathname}`,
    },
    cache: { cacheLocation: 'memoryStorage' },
  });
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  if (result) {
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
