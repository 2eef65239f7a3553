/**
 * Filing the read pane's message: `fileMessage`, with the archived mark set
 * over Graph as the user. The case panel builds it when the user opens the
 * filing form; the filing session runs it.
 */
import type { Clock } from '../core/model';
import type { ArchiveConnector, ItemAddress } from '../core/ports';
import type { Profile } from '../core/profile/types';
import type { Person } from '../core/state';
import { fileMessage } from '../services/filing';
import type { GraphClient } from '../services/graph/client';
import type { ItemSnapshot } from '../services/item-state';
import type { FilingDeps, SignInWatch } from './filing-deps';

/** What filing the message in the read pane needs: it is then marked archived over Graph. */
export interface ItemFilingDeps {
  readonly graph: GraphClient;
  readonly connector: ArchiveConnector;
  readonly item: ItemAddress;
  readonly profile: Profile;
  readonly actor: () => Person | null;
  /** When the mark is set: the state change's time. */
  readonly clock: Clock;
  readonly onSnapshot: (snapshot: ItemSnapshot) => void;
  readonly signIn?: SignInWatch;
}

/** Filing the read pane's message: fileMessage, with the state change made as the user. */
export function itemFiling(d: ItemFilingDeps): FilingDeps {
  return {
    connector: d.connector,
    profile: d.profile,
    onSnapshot: d.onSnapshot,
    ...(d.signIn ? { signIn: d.signIn } : {}),
    file: (choice, onProgress, hooks) => {
      const actor = d.actor();
      if (actor === null) return Promise.resolve(null);
      return fileMessage({
        ...(hooks?.onWait ? { onWait: hooks.onWait } : {}),
        ...(hooks?.confirmDrafts ? { confirmDrafts: hooks.confirmDrafts } : {}),
        graph: d.graph,
        clock: d.clock,
        connector: d.connector,
        item: d.item,
        choice,
        change: {
          actor,
          now: d.clock.now(),
          orgLang: d.profile.language,
          timeZone: d.profile.timeZone,
        },
        onProgress,
      });
    },
  };
}
