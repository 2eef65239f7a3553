/**
 * The one network layer (docs/adr/0011): Graph (mail, SharePoint) and the
 * Noark 5 archive both send through it: timeouts, Retry-After, back-off,
 * safe repeats, and one resumable upload in ranges.
 */
export { BASE_DELAY_MS, classify, delayMs, isAmbiguous, retryAfterMs, safeToRepeat } from './retry';
export type { Backoff, FailureClass } from './retry';
export {
  DEFAULT_POLICY,
  HttpFailure,
  defaultSleep,
  policyOf,
  responseOf,
  send,
  textOf,
} from './send';
export type { Fetch, HttpAnswer, HttpPolicy, HttpRequest, PolicyOptions, RetryInfo } from './send';
export { graphRangeAnswer, pieces, readWhole, uploadRanges } from './upload';
export type { RangeAnswer, RangeSession, RangeUpload } from './upload';
