/**
 * What the task pane gets from its composition root. The host ports
 * (`ComposePort`, `ReadPort`) are declared in `src/core/ports.ts` and
 * implemented over Office.js by `src/host/office/pane.ts` and `read.ts`;
 * React components receive them through props and never touch `Office`.
 */
import type { TokenSource } from '../../core/auth';
import type { Clock, Lang } from '../../core/model';
import type { ArchiveConnector, ComposePort, ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import type { CaseDeps } from '../case/useCase';

// The host-facing port lives in core (hosts implement what core declares).
export { AttachmentNotFound } from '../../core/ports';
export type { ComposePort, PaneMode, ReadPort } from '../../core/ports';

interface PaneBase {
  /** The user's language (Outlook's display language). */
  readonly lang: Lang;
  /** The organisation profile compiled into the add-in. */
  readonly profile: Profile;
  /** The time: the checks' time limits, "overdue". The system clock, given by `index.tsx`. */
  readonly clock: Clock;
}

/** Everything the pane gets from its composition root (`index.tsx` or a test). */
export type PaneContext =
  | (PaneBase & {
      readonly mode: 'compose';
      readonly compose: ComposePort;
      /**
       * The profile's archive, signed in, for "Journalfør før sending" (R19);
       * absent when the profile names no archive or no sign-in.
       */
      readonly archive?: (
        watchTokens?: (tokens: TokenSource) => TokenSource,
      ) => Promise<ArchiveConnector | null>;
      /** The time a draft is filed at. */
      readonly clock: Clock;
    })
  | (PaneBase & {
      readonly mode: 'read';
      /** The message being read; null when none is selected (a pinned pane). */
      readonly read: ReadPort | null;
      /** Graph and sign-in for the shared case state; null when sign-in is not set up. */
      readonly case: CaseDeps | null;
      /** Opens the oversight page (Tilsyn) in an Office dialog; absent where it cannot. */
      readonly oversight?: OversightOpener;
    });

/** The read pane's way to the oversight page (src/oversight) in a large Office dialog. */
export interface OversightOpener {
  /**
   * Open the page for a function mailbox. Rejects with Office's code
   * (12007 a dialog is open already, 12009 / 12011 blocked, …) when the
   * dialog does not open; `onEnd` hears when it ends (12006 the user closed
   * it, 12002 the page could not be loaded), `onOpenFailed` when a message the
   * page asked for could not be opened.
   */
  open(
    mailbox: string,
    events: { readonly onEnd: (code: number) => void; readonly onOpenFailed: () => void },
  ): Promise<void>;
}

export type ComposePaneContext = Extract<PaneContext, { mode: 'compose' }>;
export type ReadPaneContext = Extract<PaneContext, { mode: 'read' }>;

/** Which of Fluent's themes fits the host's colours. */
export type ThemeKind = 'light' | 'dark' | 'high-contrast';
