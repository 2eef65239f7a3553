/**
 * The profile's archive as a connector (R26): the one place that knows
 * which connector an `archive` setting means and what each one needs.
 */
import type { ArchiveConnector } from '../../core/ports';
import { registryMailbox } from '../../core/profile/mailboxes';
import type { Profile } from '../../core/profile/types';
import type { TokenSource } from '../../core/auth';
import type { GraphClient } from '../graph/client';
import type { Fetch } from './http';
import { createNoark5Connector } from './noark5';
import { createRegistryConnector } from './registry';
import { createSharePointConnector } from './sharepoint';

export interface ConnectDeps {
  /** The pane's Graph client (the registry mailbox and SharePoint go through Graph). */
  readonly graph: GraphClient;
  readonly tokens: TokenSource;
  readonly fetch: Fetch;
  /** What a relative archive URL is relative to: the add-in's own address. */
  readonly base: string;
  /** Who files: the registry mailbox's mail says who sent it on. */
  readonly user: { readonly name?: string; readonly address: string } | null;
  /** A click is under way: the archive's sign-in may ask the user. */
  readonly interactive?: () => boolean;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The connector for the profile's archive, or null when it names none. */
export function connectArchive(
  profile: Pick<Profile, 'archive' | 'mailboxes' | 'language'> & Partial<Pick<Profile, 'timeZone'>>,
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
    case 'registry-mailbox': {
      const to = setting.address ?? registryMailbox(profile)?.address;
      const by = deps.user;
      // Without an address, or without knowing who sends it on, nothing can go.
      if (!to || !by) return null;
      return createRegistryConnector({
        graph: deps.graph,
        to,
        // The registrar reads the labels in the organisation's language.
        lang: profile.language,
        ...(profile.timeZone ? { timeZone: profile.timeZone } : {}),
        by: { name: by.name ?? by.address, address: by.address },
      });
    }
    case 'sharepoint':
      return createSharePointConnector({
        graph: deps.graph,
        site: setting.site,
        library: setting.library,
      });
  }
}
