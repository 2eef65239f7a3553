/**
 * Graph's error envelope: `{ "error": { "code", "message", "innerError":
 * { "date", "request-id", "client-request-id" } } }`, the same `request-id`
 * in a response header. Codes are the ones Graph answers for the same case
 * (Outlook's `Error…` codes for mail, the directory's `Request_…` codes for
 * users and groups); see dev/graph/README.md for the list.
 */

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** Graph writes innerError.date without milliseconds or zone: 2021-05-27T14:26:47. */
export function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: {
      readonly date: string;
      readonly 'request-id': string;
      readonly 'client-request-id': string;
    };
  };
}

export function errorBody(
  code: string,
  message: string,
  ids: { readonly requestId: string; readonly clientRequestId: string },
  now: Date,
): ErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        date: innerErrorDate(now),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

// The errors the emulator answers, named once so that routes and tests agree.

export const accessDenied = (): GraphError =>
  new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

export const itemNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export const idMalformed = (): GraphError =>
  new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');

export const invalidUser = (who: string): GraphError =>
  new GraphError(404, 'ErrorInvalidUser', `The requested user '${who}' is invalid.`);

export const resourceNotFound = (who: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${who}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const segmentNotFound = (segment: string): GraphError =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export const methodNotAllowed = (): GraphError =>
  new GraphError(
    405,
    'Request_BadRequest',
    'Specified HTTP method is not allowed for the request target.',
  );

export const badJson = (): GraphError =>
  new GraphError(
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );

export const badRequest = (message: string): GraphError =>
  new GraphError(400, 'BadRequest', message);

export const noProperty = (name: string, type: string): GraphError =>
  new GraphError(
    400,
    'RequestBodyRead',
    `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

export const changeKeyMismatch = (): GraphError =>
  new GraphError(
    412,
    'ErrorIrresolvableConflict',
    'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
  );
