/**
 * The task pane's entry (taskpane.html loads it after office.js): wait for
 * Office, build the pane's context from the Office adapters and the profile
 * compiled into the add-in, and render. The only file here that reaches the
 * host, and it does so through `src/host/office`.
 */
import { createRoot } from 'react-dom/client';
import profile from 'arkivpost:profile';
import { displayLang, langOf } from '../host/office/context';
import {
  createOfficeComposePort,
  currentComposeItem,
  currentItemMode,
  officeColours,
  officeReady,
  watchOfficeTheme,
} from '../host/office/pane';
import { createOfficeReadPort, currentReadItem, watchItemChanged } from '../host/office/read';
import { createDialogTokenSource, supportsNestedAuth } from '../host/office/auth';
import { createMsalTokenSource } from '../services/auth/msal';
import { GRAPH_SCOPES } from '../services/auth/types';
import type { CaseDeps } from './case/useCase';
import { App, loadComposePane, Shell } from './App';
import { tp } from './messages';
import { paneMode } from './mode';
import type { PaneContext } from './ports';
import { themeKind } from './theme';

/** Graph's root: Microsoft's, or the workbench's emulator on its own origin (webpack.config.js). */
declare const ARKIVPOST_GRAPH_URL: string;

/** Sign-in and Graph for the shared case state; null when the profile has no app registration. */
function caseDeps(): CaseDeps | null {
  const signIn = profile.signIn;
  if (!signIn) return null;
  const app = {
    clientId: signIn.clientId,
    ...(signIn.tenantId ? { tenantId: signIn.tenantId } : {}),
    scopes: GRAPH_SCOPES,
  };
  const tokens = supportsNestedAuth()
    ? createMsalTokenSource(app)
    : createDialogTokenSource({ url: new URL('auth.html', window.location.href).href });
  return {
    graphUrl: new URL(ARKIVPOST_GRAPH_URL, window.location.href).href.replace(/\/$/, ''),
    tokens,
    fetch: window.fetch.bind(window),
  };
}

function forcedColours(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(forced-colors: active)').matches
    : false;
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    await officeReady();
  } catch {
    // No Office (the page was opened outside Outlook): say so in the browser's language.
    const lang = langOf(navigator.language);
    root.render(
      <Shell theme={themeKind(null, forcedColours())} lang={lang}>
        <p role="alert">{tp(lang, 'error.no-office')}</p>
      </Shell>,
    );
    return;
  }

  const lang = displayLang();
  document.documentElement.lang = lang;
  document.title = tp(lang, 'pane.title');
  const itemMode = currentItemMode();
  const mode = paneMode(new URLSearchParams(window.location.search).get('mode'), itemMode);
  const deps = mode === 'read' ? caseDeps() : null;
  const readCtx = (): PaneContext => {
    const now = currentItemMode();
    return {
      mode: 'read',
      lang,
      profile,
      // No item, or one that is not a received message: the pane says to select one.
      read: now === 'read' ? createOfficeReadPort(currentReadItem()) : null,
      case: deps,
    };
  };
  let ctx: PaneContext =
    mode === 'compose'
      ? { mode, lang, profile, compose: createOfficeComposePort(currentComposeItem()) }
      : readCtx();

  const render = (): void =>
    root.render(
      <Shell theme={themeKind(officeColours(), forcedColours())} lang={lang}>
        <App ctx={ctx} />
      </Shell>,
    );
  // Render once the compose pane is here; should it fail to load, the pane says so.
  if (mode === 'compose') await loadComposePane().catch(() => undefined);
  render();
  watchOfficeTheme(render);
  if (mode === 'read') {
    // A pinned pane stays open while the user moves to another message.
    watchItemChanged(() => {
      ctx = readCtx();
      render();
    });
  }
  window.matchMedia?.('(forced-colors: active)').addEventListener?.('change', render);
}

const container = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (container) {
  start(container).catch(() => {
    // Not even React could start: plain text, never a blank pane.
    container.textContent = tp(langOf(navigator.language), 'error.unexpected');
  });
}
