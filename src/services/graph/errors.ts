/**
 * Graph failures as the add-in reports them: a kind the user's message is
 * chosen by, never a raw stack trace. The request id is kept for support.
 */
export const GRAPH_FAILURE_KINDS = [
  'auth',
  'forbidden',
  'not-found',
  'conflict',
  'throttled',
  'unavailable',
  'timeout',
  'network',
  'bad-request',
  'unknown',
] as const;
export type GraphFailureKind = (typeof GRAPH_FAILURE_KINDS)[number];

export class GraphFailure extends Error {
  constructor(
    readonly kind: GraphFailureKind,
    readonly status: number,
    readonly code: string,
    readonly requestId: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'GraphFailure';
  }

  /** Graph may have applied the request that failed this way (its answer was lost). */
  get ambiguous(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unavailable';
  }
}

/** The kind of failure for an HTTP status and Graph error code. */
export function kindOf(status: number, code: string): GraphFailureKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  if (status === 408 || code === 'timeout') return 'timeout';
  if (status === 0) return 'network';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'unknown';
}

interface GraphErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string };
}

/** Build a failure from a response Graph answered with an error. */
export async function failureFromResponse(response: Response): Promise<GraphFailure> {
  let code = '';
  let message = `HTTP ${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.clone().json()) as GraphErrorBody;
    code = body.error?.code ?? '';
    message = body.error?.message ?? message;
  } catch {
    // Not JSON: keep the status text.
  }
  return new GraphFailure(
    kindOf(response.status, code),
    response.status,
    code,
    response.headers.get('request-id'),
    message,
  );
}
