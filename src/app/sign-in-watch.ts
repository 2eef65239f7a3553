/**
 * Knowing when a sign-in window waits for the user. The archive's sign-in
 * may open a consent or sign-in window in the middle of a filing; until the
 * user answers it, nothing is being stored, and the pane must say so rather
 * than "Lagrar …". The watch wraps a token source: an interactive request is
 * first tried silently, and only when that needs the user is the window
 * reported open, until the request settles.
 */
import { AuthFailure } from '../core/auth';
import type { TokenRequest, TokenSource } from '../core/auth';
import type { SignInWatch } from './filing-deps';

export interface SignInRelay extends SignInWatch {
  /** The token source, reporting to this watch while a sign-in window waits. */
  wrap(tokens: TokenSource): TokenSource;
  /** Whether a sign-in window waits now. */
  readonly waiting: boolean;
}

export function createSignInWatch(): SignInRelay {
  const listeners = new Set<(waiting: boolean) => void>();
  let open = 0;
  const tell = (): void => {
    for (const l of [...listeners]) l(open > 0);
  };
  return {
    get waiting() {
      return open > 0;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    wrap(tokens) {
      return {
        async token(request: TokenRequest = {}): Promise<string> {
          if (!request.interactive) return tokens.token(request);
          try {
            return await tokens.token({ ...request, interactive: false });
          } catch (e) {
            if (!(e instanceof AuthFailure) || e.kind !== 'sign-in-required') throw e;
          }
          open += 1;
          tell();
          try {
            return await tokens.token(request);
          } finally {
            open -= 1;
            tell();
          }
        },
      };
    },
  };
}
