/**
 * JSON batching, as Graph answers it (`POST /v1.0/$batch`):
 *
 *   { "requests": [{ "id", "method", "url", "headers"?, "body"? , "dependsOn"? }] }
 *   → 200 { "responses": [{ "id", "status", "headers", "body" }] }
 *
 * At most 20 requests; ids unique; urls relative to the version
 * (`/users/…`, no host, no `/v1.0`). Each request is answered on its own: a
 * failing one is a response with its status and Graph's error body, not a
 * failed batch. The batch's own token is every request's token. Requests run
 * in the order given (which also satisfies `dependsOn`); a request whose
 * dependency failed is answered 424 Failed Dependency, as Graph does.
 */
import { randomUUID } from 'node:crypto';
import { GraphError, badRequest, errorBody } from './errors';
import { jsonObject, ok, requireMethod } from './context';
import type { Answer, BatchPart, Ctx } from './context';

export const MAX_BATCH = 20;
const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

interface BatchRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

function readRequests(ctx: Ctx): BatchRequest[] {
  const body = jsonObject(ctx.body);
  const list = body['requests'];
  if (!Array.isArray(list) || list.length === 0) {
    throw badRequest('Invalid batch payload format: requests is missing or empty.');
  }
  if (list.length > MAX_BATCH) {
    throw badRequest(`The number of batch requests exceeds the limit of ${MAX_BATCH}.`);
  }
  const seen = new Set<string>();
  return list.map((raw: unknown) => {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { id, method, url } = r;
    if (
      typeof id !== 'string' ||
      id === '' ||
      typeof method !== 'string' ||
      typeof url !== 'string'
    ) {
      throw badRequest('Invalid batch payload format: each request needs id, method and url.');
    }
    if (seen.has(id)) throw badRequest(`Batch request id '${id}' is used more than once.`);
    seen.add(id);
    if (!METHODS.has(method.toUpperCase())) throw badRequest(`Invalid method '${method}'.`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || /(^|\/)\$batch(\/|\?|$)/i.test(url)) {
      throw badRequest('Batch request urls are relative to the version, and not $batch.');
    }
    const headers: Record<string, string> = {};
    if (typeof r['headers'] === 'object' && r['headers'] !== null) {
      for (const [k, v] of Object.entries(r['headers'] as Record<string, unknown>)) {
        if (typeof v === 'string') headers[k.toLowerCase()] = v;
      }
    }
    const dependsOn = Array.isArray(r['dependsOn'])
      ? (r['dependsOn'] as unknown[]).filter((d): d is string => typeof d === 'string')
      : [];
    for (const d of dependsOn) {
      if (!seen.has(d) || d === id)
        throw badRequest(`dependsOn names '${d}', not an earlier request.`);
    }
    if (r['body'] !== undefined && headers['content-type'] === undefined) {
      throw badRequest(`Batch request '${id}' has a body but no Content-Type header.`);
    }
    return { id, method: method.toUpperCase(), url, headers, body: r['body'], dependsOn };
  });
}

function subContext(ctx: Ctx, r: BatchRequest): Ctx {
  const rel = r.url.startsWith('/') ? r.url : `/${r.url}`;
  const u = new URL(rel, 'http://batch.invalid');
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
  const text =
    r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  const auth = ctx.headers['authorization'];
  return {
    method: r.method,
    segments,
    query: u.searchParams,
    headers: { ...r.headers, ...(auth !== undefined ? { authorization: auth } : {}) },
    body: text,
    bytes: new TextEncoder().encode(text),
    base: ctx.base,
    now: ctx.now,
    store: ctx.store,
    principal: null,
    applied: false,
  };
}

/** `POST /$batch`; `dispatch` answers each request as if it had come alone. */
export async function batch(
  ctx: Ctx,
  rest: readonly string[],
  dispatch: (ctx: Ctx) => Answer | Promise<Answer>,
): Promise<Answer> {
  if (rest.length > 0) throw badRequest('Unexpected segment after $batch.');
  requireMethod(ctx, 'POST');
  const requests = readRequests(ctx);
  const failed = new Set<string>();
  const responses: unknown[] = [];
  const parts: BatchPart[] = [];
  for (const r of requests) {
    const requestId = randomUUID();
    const ids = { requestId, clientRequestId: r.headers['client-request-id'] ?? requestId };
    if (r.dependsOn.some((d) => failed.has(d))) {
      failed.add(r.id);
      responses.push({
        id: r.id,
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: errorBody('FailedDependency', 'A request this one depends on failed.', ids, ctx.now),
      });
      continue;
    }
    const sub = subContext(ctx, r);
    const part = {
      method: r.method,
      path: `/${sub.segments.join('/')}`,
      query: r.url.includes('?') ? r.url.slice(r.url.indexOf('?')).replace(/#.*$/, '') : '',
    };
    try {
      const a = await dispatch(sub);
      if (sub.applied) ctx.applied = true;
      if (a.status >= 400) failed.add(r.id);
      parts.push({ ...part, status: a.status });
      const headers: Record<string, string> = { ...(a.headers ?? {}) };
      if (a.json !== undefined) headers['Content-Type'] = 'application/json';
      responses.push({
        id: r.id,
        status: a.status,
        headers,
        ...(a.json !== undefined
          ? { body: a.json }
          : a.bytes !== undefined
            ? { body: Buffer.from(a.bytes).toString('base64') }
            : {}),
      });
    } catch (e) {
      failed.add(r.id);
      const err =
        e instanceof GraphError
          ? e
          : new GraphError(500, 'generalException', `The Graph emulator failed: ${String(e)}`);
      parts.push({ ...part, status: err.status });
      responses.push({
        id: r.id,
        status: err.status,
        headers: { 'Content-Type': 'application/json', ...err.headers },
        body: errorBody(err.code, err.message, ids, ctx.now),
      });
    }
  }
  return { ...ok({ responses }), parts };
}
