/**
 * What the task pane gets from its composition root. The host port itself
 * (`ComposePort`) is declared in `src/core/ports.ts` and implemented over
 * Office.js by `src/host/office/pane.ts`; React components receive it
 * through props and never touch `Office`.
 */
import type { Lang } from '../core/model';
import type { ComposePort } from '../core/ports';
import type { Profile } from '../core/profile/types';

// The host-facing port lives in core (hosts implement what core declares).
export { AttachmentNotFound } from '../core/ports';
export type { ComposePort, PaneMode } from '../core/ports';

interface PaneBase {
  /** The user's language (Outlook's display language). */
  readonly lang: Lang;
  /** The organisation profile compiled into the add-in. */
  readonly profile: Profile;
}

/** Everything the pane gets from its composition root (`index.tsx` or a test). */
export type PaneContext =
  | (PaneBase & { readonly mode: 'compose'; readonly compose: ComposePort })
  | (PaneBase & { readonly mode: 'read' });

export type ComposePaneContext = Extract<PaneContext, { mode: 'compose' }>;

/** Which of Fluent's themes fits the host's colours. */
export type ThemeKind = 'light' | 'dark' | 'high-contrast';
