/**
 * Sign-in for Graph, as the rest of the add-in sees it: a source of access
 * tokens and a typed failure. Tokens live in memory only (never
 * localStorage): a closed pane forgets them, and the host signs in again
 * silently.
 */

/** The delegated Graph permissions the read pane asks for (README, docs/admin.md). */
export const GRAPH_SCOPES = [
  'https://graph.microsoft.com/User.Read',
  'https://graph.microsoft.com/User.ReadBasic.All',
  'https://graph.microsoft.com/GroupMember.Read.All',
  'https://graph.microsoft.com/Mail.ReadWrite.Shared',
  'https://graph.microsoft.com/Mail.Send',
] as const;

/** Asked for as well when the profile's archive is a SharePoint library. */
export const SHAREPOINT_SCOPE = 'https://graph.microsoft.com/Sites.ReadWrite.All';

export interface TokenRequest {
  /** A claims challenge from Graph's WWW-Authenticate header (JSON, decoded). */
  readonly claims?: string;
  /**
   * May the user be asked (sign-in, consent, MFA)? Only after a click: a
   * prompt that nobody asked for is blocked by browsers and confuses people.
   */
  readonly interactive?: boolean;
  /** Another API's scopes (an archive's, e.g. api://arkiv.kommune.no/.default); default Graph's. */
  readonly scopes?: readonly string[];
}

export interface TokenSource {
  /** An access token for Microsoft Graph. Rejects with {@link AuthFailure}. */
  token(request?: TokenRequest): Promise<string>;
}

export const AUTH_FAILURE_KINDS = [
  /** Silent sign-in was not enough: the user must click "Logg inn". */
  'sign-in-required',
  /** The user closed the sign-in or consent window. */
  'cancelled',
  /** This Outlook cannot sign in add-ins (no nested app authentication, no dialog). */
  'unavailable',
  'network',
  /** Anything else: configuration, the identity platform refused. */
  'failed',
] as const;
export type AuthFailureKind = (typeof AUTH_FAILURE_KINDS)[number];

export class AuthFailure extends Error {
  constructor(
    readonly kind: AuthFailureKind,
    /** The identity platform's error code, for support (e.g. consent_required). */
    readonly code: string,
  ) {
    super(`sign-in failed: ${kind}${code ? ` (${code})` : ''}`);
    this.name = 'AuthFailure';
  }
}
