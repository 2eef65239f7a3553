/**
 * The profile's archive as a connector (R26): the one place that knows
 * which connector an `archive` setting means and what each one needs.
 */
import type { Lang } from '../../core/model';
import type { ArchiveConnector } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import type { TokenSource } from '../auth/types';
import type { GraphClient } from '../graph/client';
import type { Fetch } from './http';
import { createNoark5Connector } from './noark5';

export interface ConnectDeps {
  /** The pane's Graph client (the registry mailbox and SharePoint go through Graph). */
  readonly graph: GraphClient;
  readonly tokens: TokenSource;
  readonly fetch: Fetch;
  /** What a relative archive URL is relative to: the add-in's own address. */
  readonly base: string;
  readonly lang: Lang;
  /** Who files: the registry mailbox's mail says who sent it on. */
  readonly user: { readonly name?: string; readonly address: string } | null;
  /** A click is under way: the archive's sign-in may ask the user. */
  readonly interactive?: () => boolean;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The connector for the profile's archive, or null when it names none. */
export function connectArchive(
  profile: Pick<Profile, 'archive' | 'mailboxes'>,
  deps: ConnectDeps,
): ArchiveConnector | null {
  const setting = profile.archive;
  if (!setting) return null;
  switch (setting.kind) {
    case 'noark5': {
      const scope = setting.scope;
      return createNoark5Connector({
        baseUrl: new URL(setting.url, deps.base).href,
        token: () =>
          deps.tokens.token({
            ...(scope ? { scopes: [scope] } : {}),
            interactive: deps.interactive?.() ?? false,
          }),
        fetch: deps.fetch,
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(setting.arkivdel ? { arkivdel: setting.arkivdel } : {}),
        ...(setting.restrictionCodes ? { restrictionCodes: setting.restrictionCodes } : {}),
      });
    }
    case 'registry-mailbox':
    case 'sharepoint':
      return null;
  }
}
