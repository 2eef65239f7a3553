/**
 * Sign-in over Office: nested app authentication when the host offers it
 * (NestedAppAuth 1.1: new Outlook, Outlook on the web, current classic
 * Outlook), else MSAL in an Office dialog (auth.html), which hands the
 * token back with messageParent. Tokens stay in this page's memory.
 */
import { AuthFailure, GRAPH_SCOPES } from '../../core/auth';
import type { TokenRequest, TokenSource } from '../../core/auth';
import { officeCall } from './async';

export function supportsNestedAuth(): boolean {
  try {
    return Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
  } catch {
    return false;
  }
}

/** What auth.html sends to the pane with messageParent (JSON). */
export type DialogAnswer =
  | { readonly ok: true; readonly accessToken: string; readonly expiresOn: number }
  | { readonly ok: false; readonly code: string; readonly kind?: string };

/** Office's dialog errors: 12006 the user closed it, 12007/12009 blocked or refused. */
const DIALOG_CLOSED = 12006;
/** Office asked first and the user chose to ignore the dialog: a cancel, not a broken Outlook. */
const DIALOG_IGNORED = 12009;

/** The dialog's answer, checked: anything unexpected is a failure, never a token. */
export function parseDialogAnswer(message: string): DialogAnswer {
  try {
    const a = JSON.parse(message) as Partial<Record<string, unknown>>;
    if (
      a['ok'] === true &&
      typeof a['accessToken'] === 'string' &&
      typeof a['expiresOn'] === 'number'
    ) {
      return { ok: true, accessToken: a['accessToken'], expiresOn: a['expiresOn'] };
    }
    if (a['ok'] === false) {
      return {
        ok: false,
        code: typeof a['code'] === 'string' ? a['code'] : 'unknown',
        ...(typeof a['kind'] === 'string' ? { kind: a['kind'] } : {}),
      };
    }
  } catch {
    // fall through
  }
  return { ok: false, code: 'bad_dialog_answer' };
}

export interface DialogOptions {
  /** auth.html next to taskpane.html. */
  readonly url: string;
  /** Refresh this long before the token expires. */
  readonly marginMs?: number;
}

export function createDialogTokenSource(options: DialogOptions): TokenSource {
  let cached: { token: string; expiresOn: number } | null = null;
  const margin = options.marginMs ?? 5 * 60_000;

  const open = async (claims: string | undefined): Promise<string> => {
    const url = new URL(options.url);
    if (claims) url.searchParams.set('claims', claims);
    const dialog = await officeCall<Office.Dialog>('displayDialogAsync', (cb) =>
      Office.context.ui.displayDialogAsync(url.href, { height: 60, width: 30 }, cb),
    ).catch((e: unknown) => {
      const code = (e as { code?: unknown }).code;
      throw new AuthFailure(
        code === DIALOG_IGNORED ? 'cancelled' : 'unavailable',
        String(code ?? ''),
      );
    });
    return new Promise<string>((resolve, reject) => {
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const answer = parseDialogAnswer('message' in arg ? arg.message : '');
        if (answer.ok) {
          cached = { token: answer.accessToken, expiresOn: answer.expiresOn };
          resolve(answer.accessToken);
        } else {
          const kind = answer.kind === 'cancelled' ? 'cancelled' : 'failed';
          reject(new AuthFailure(kind, answer.code));
        }
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = 'error' in arg ? arg.error : 0;
        reject(new AuthFailure(code === DIALOG_CLOSED ? 'cancelled' : 'unavailable', String(code)));
      });
    });
  };

  return {
    async token(request: TokenRequest = {}): Promise<string> {
      // The dialog's page signs in for Graph only; an archive API of its own needs NAA.
      if (request.scopes && request.scopes.some((s) => !GRAPH_SCOPES.includes(s as never)))
        throw new AuthFailure('unavailable', 'scope');
      if (!request.claims && cached && cached.expiresOn - margin > Date.now()) return cached.token;
      // A dialog needs a click: without one, ask for it.
      if (!request.interactive) throw new AuthFailure('sign-in-required', 'dialog');
      return open(request.claims);
    },
  };
}

/**
 * NAA first, the dialog when Outlook says it has the requirement set but its
 * bridge does not answer (`unavailable` with `naaUnavailable`): from then on
 * every request goes to the dialog, so the pane asks for a click to sign in.
 */
export function withDialogFallback(
  naa: TokenSource,
  dialog: TokenSource,
  naaUnavailable: string,
): TokenSource {
  let source = naa;
  return {
    async token(request: TokenRequest = {}): Promise<string> {
      if (source === naa) {
        try {
          return await naa.token(request);
        } catch (e) {
          if (!(e instanceof AuthFailure && e.kind === 'unavailable' && e.code === naaUnavailable))
            throw e;
          source = dialog;
        }
      }
      return source.token(request);
    },
  };
}
