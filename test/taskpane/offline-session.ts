/**
 * A case session for rendering parts of the case panel on the server: no
 * network, no sign-in, no message read. What is rendered comes from the
 * props the test gives; anything that would reach Graph fails loudly.
 */
import { CaseSession } from '../../src/app/case-session';
import type { Lang } from '../../src/core/model';
import type { ReadPort } from '../../src/core/ports';
import type { Profile } from '../../src/core/profile/types';
import type { Person } from '../../src/core/state';

export interface OfflineSessionOptions {
  readonly user: Person;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly now: Date;
  /** Port methods beyond the three every read port has (e.g. `replyForm`). */
  readonly port?: Partial<ReadPort>;
}

export function offlineSession(o: OfflineSessionOptions): CaseSession {
  return new CaseSession(
    {
      graphUrl: 'https://graph.invalid/graph',
      tokens: { token: () => Promise.reject(new Error('not signed in here')) },
      fetch: () => Promise.reject(new Error('no network here')),
      clock: { now: () => o.now },
    },
    {
      message: () => Promise.reject(new Error('not read here')),
      address: () => Promise.resolve(null),
      user: () => o.user,
      ...o.port,
    },
    o.profile,
    o.lang,
    () => undefined,
  );
}
