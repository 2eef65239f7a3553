/**
 * The workbench: Arkivpost without Outlook. A mailbox read from the Graph
 * emulator (dev/graph) as a chosen user, a compose window, and the add-in's
 * own task pane and send handler, loaded from the same files Outlook loads
 * (taskpane.html, commands.html with runtime.js), over the emulated Office.js
 * in dev/emulator, with nested app authentication (dev/emulator/naa.ts).
 *
 * Send runs the real OnMessageSend handler and shows Outlook's Smart Alerts
 * dialog for the manifest's SendMode; a sent message is delivered through
 * the Graph emulator's sendMail.
 *
 * Query parameters: `?mailbox=<option value | mailbox[/upn]>` opens that
 * mailbox; `?consent=required` makes the add-in ask for consent;
 * `?naa=off` leaves NestedAppAuth out of the requirement sets,
 * `?naa=unavailable` keeps it but the bridge fails.
 *
 * The page in parts: state.ts (state, words, fetch, dates), dom.ts (small DOM
 * pieces), list.ts (the directory and the message list), actions.ts (what the
 * page does), views.ts (the screens, given to the actions as `screens` here).
 */

import type { EmulatorController } from '../emulator';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { AuthBridge } from '../emulator/naa';
import { format } from '../../src/core/i18n/types';
import { findChoice } from './mailboxes';
import { workbenchMessages } from './messages';
import { state, fetchJson, fetchBytes } from './state';
import { el } from './dom';
import { loadDirectory } from './list';
import { openSession, screens, watchChanges } from './actions';
import { folderNav, render } from './views';

declare global {
  interface Window {
    ArkivpostWorkbench: {
      office(): unknown;
      /** The `Office` of the page inside the open dialog, or null. */
      dialogOffice(): unknown;
      controller(): EmulatorController | null;
      /** A new `window.nestedAppAuthBridge` for one page of the add-in, or null. */
      authBridge(): AuthBridge | null;
    };
  }
}

async function start(): Promise<void> {
  window.ArkivpostWorkbench = {
    office: () => state.controller?.Office,
    dialogOffice: () => state.controller?.dialogOffice() ?? null,
    controller: () => state.controller,
    authBridge: () => state.controller?.authBridge() ?? null,
  };
  const query = new URLSearchParams(location.search);
  const naa = query.get('naa');
  state.auth = {
    naa: naa === 'off' || naa === 'unavailable' ? naa : 'on',
    // A newcomer is not stopped by a consent prompt; ?consent=required tries it.
    consent: query.get('consent') === 'required' ? 'required' : 'granted',
  };
  state.index = await fetchJson<SampleMailboxIndex>('/mailbox/index.json');
  state.manifest = new TextDecoder().decode(await fetchBytes('/manifest.xml'));
  await loadDirectory();
  const first = findChoice(state.choices, query.get('mailbox') ?? '') ?? state.choices[0];
  state.choice = first?.value ?? '';
  state.profileId = first?.profile ?? 'ha-kommune';
  state.lang = first?.language ?? 'nn';
  state.version = '1.15';
  state.folder = 'inbox';
  state.messages = [];
  state.loading = true;
  state.listError = null;
  state.colours = new Map();
  state.selected = null;
  state.openError = null;
  state.item = null;
  state.view = 'empty';
  state.paneOpen = false;
  state.controller = null;
  await openSession();
  watchChanges();
}

screens.render = render;
screens.folderNav = folderNav;

start().catch((e: unknown) => {
  document.body.prepend(
    el(
      'p',
      { role: 'alert' },
      format(workbenchMessages.en.error, { message: e instanceof Error ? e.message : String(e) }),
    ),
  );
});
