/**
 * The task pane's entry (taskpane.html loads it after office.js): wait for
 * Office, build the pane's context from the Office adapters and the profile
 * compiled into the add-in, and render. The only file here that reaches the
 * host, and it does so through `src/host/office`.
 */
import { createRoot } from 'react-dom/client';
import profile from 'arkivpost:profile';
import type { TokenSource } from '../core/auth';
import type { Lang } from '../core/model';
import type { ArchiveConnector } from '../core/ports';
import { registryMailbox } from '../core/profile/mailboxes';
import { systemClock } from '../services/clock';
import { displayLang, langOf } from '../host/office/context';
import {
  createOfficeComposePort,
  currentComposeItem,
  currentItemMode,
  officeColours,
  officeReady,
  watchOfficeTheme,
} from '../host/office/pane';
import type { CaseDeps } from './case/useCase';
import { App, loadPane } from './shell/App';
import { Shell } from './shell/Shell';
import { tp } from './shell/messages';
import { paneMode } from './shell/mode';
import type { OversightOpener, PaneContext } from './shell/ports';
import { themeKind } from './shell/theme';

/** How often the compose pane looks for typing in the subject and body (Outlook sends no event). */
const COMPOSE_POLL_MS = 500;

/** Graph's root: Microsoft's, or the workbench's emulator on its own origin (webpack.config.js). */
declare const ARKIVPOST_GRAPH_URL: string;

/**
 * The read pane's side of the host (the message, sign-in for the case
 * state): in the read pane's chunk, so compose mode does without it. Named
 * as that chunk is, it arrives with it, in one request.
 */
async function loadReadHost() {
  const [read, auth, msal, types] = await Promise.all([
    import(/* webpackChunkName: "read" */ '../host/office/read'),
    import(/* webpackChunkName: "read" */ '../host/office/auth'),
    import(/* webpackChunkName: "read" */ '../services/auth/msal'),
    import(/* webpackChunkName: "read" */ '../core/auth'),
  ]);
  return { ...read, ...auth, ...msal, ...types };
}

type ReadHost = Awaited<ReturnType<typeof loadReadHost>>;

/** Sign-in and Graph for the shared case state; null when the profile has no app registration. */
function caseDeps({
  GRAPH_SCOPES,
  SHAREPOINT_SCOPE,
  supportsNestedAuth,
  createMsalTokenSource,
  createDialogTokenSource,
  withDialogFallback,
  NAA_UNAVAILABLE,
}: ReadHost): CaseDeps | null {
  const signIn = profile.signIn;
  if (!signIn) return null;
  const app = {
    clientId: signIn.clientId,
    ...(signIn.tenantId ? { tenantId: signIn.tenantId } : {}),
    scopes:
      profile.archive?.kind === 'sharepoint' ? [...GRAPH_SCOPES, SHAREPOINT_SCOPE] : GRAPH_SCOPES,
  };
  const dialog = createDialogTokenSource({ url: new URL('auth.html', window.location.href).href });
  const tokens = supportsNestedAuth()
    ? withDialogFallback(createMsalTokenSource(app), dialog, NAA_UNAVAILABLE)
    : dialog;
  const fetch = window.fetch.bind(window);
  const setting = profile.archive;
  const registry =
    setting?.kind === 'registry-mailbox'
      ? (setting.address ?? registryMailbox(profile)?.address)
      : undefined;
  return {
    graphUrl: new URL(ARKIVPOST_GRAPH_URL, window.location.href).href.replace(/\/$/, ''),
    tokens,
    fetch,
    clock: systemClock,
    ...(setting
      ? {
          archive: {
            connect: async (graph, user, watchTokens) =>
              (
                await import(/* webpackChunkName: "filing" */ '../services/archive/connect')
              ).connectArchive(profile, {
                graph,
                tokens: watchTokens ? watchTokens(tokens) : tokens,
                fetch,
                base: window.location.href,
                user,
                clock: systemClock,
                // Filing always starts from a click: the archive's sign-in may ask.
                interactive: () => true,
              }),
            ...(registry ? { registry } : {}),
          },
        }
      : {}),
  };
}

/**
 * Tilsyn: the oversight page (oversikt.html, an entry of its own) in a
 * dialog of 80 % of the window; a message the page asks for is opened in
 * Outlook. Its Office side comes with the button's small chunk, after the
 * pane's first screen.
 */
function oversightOpener(): OversightOpener {
  return {
    async open(mailbox, events) {
      const h = await import(/* webpackChunkName: "oversight-entry" */ '../host/office/oversight');
      if (!h.supportsDialogs()) throw new h.DialogFailure(0);
      const url = new URL('oversikt.html', window.location.href);
      url.search = new URLSearchParams({ mailbox }).toString();
      await h.openOversightDialog(url.href, {
        onOpen: (request) => {
          try {
            h.displayMessage(request.id);
          } catch {
            events.onOpenFailed();
          }
        },
        onEnd: (failure) => events.onEnd(failure.code),
      });
    },
  };
}

/**
 * "Journalfør før sending" in compose mode (R19): sign-in and the archive's
 * connector, loaded only when the user asks to file.
 */
async function composeArchive(
  watchTokens?: (tokens: TokenSource) => TokenSource,
): Promise<ArchiveConnector | null> {
  const host = await loadReadHost();
  const deps = caseDeps(host);
  if (!deps?.archive) return null;
  const tokens = watchTokens ? watchTokens(deps.tokens) : deps.tokens;
  const { createGraphClient } = await import(
    /* webpackChunkName: "filing" */ '../services/graph/client'
  );
  const graph = createGraphClient({
    baseUrl: deps.graphUrl,
    // Asked for from a click: the sign-in may show itself.
    token: (request) => tokens.token({ ...(request ?? {}), interactive: true }),
    fetch: deps.fetch,
    clock: systemClock,
  });
  return deps.archive.connect(graph, host.officeUser(), watchTokens);
}

function forcedColours(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(forced-colors: active)').matches
    : false;
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  /** Instead of a pane: what went wrong, in a sentence. */
  const fail = (lang: Lang, key: 'error.no-office' | 'error.unexpected'): void =>
    root.render(
      <Shell theme={themeKind(officeColours(), forcedColours())} lang={lang}>
        <p role="alert">{tp(lang, key)}</p>
      </Shell>,
    );
  try {
    await officeReady();
  } catch {
    // No Office (the page was opened outside Outlook): say so in the browser's language.
    fail(langOf(navigator.language), 'error.no-office');
    return;
  }

  const lang = displayLang();
  document.documentElement.lang = lang;
  document.title = tp(lang, 'pane.title');
  const itemMode = currentItemMode();
  const mode = paneMode(new URLSearchParams(window.location.search).get('mode'), itemMode);
  // The pane's chunk was asked for at the start of the bundle (preload.ts)
  // when the URL named the mode; from here on it is waited for, not fetched.
  const pane = loadPane(mode).catch(() => undefined); // should it fail, the pane says so
  let host: ReadHost | null = null;
  if (mode === 'read') {
    try {
      host = await loadReadHost();
    } catch {
      fail(lang, 'error.unexpected');
      return;
    }
  }
  const deps = host ? caseDeps(host) : null;
  const opener = host ? oversightOpener() : undefined;
  const readCtx = (h: ReadHost): PaneContext => ({
    mode: 'read',
    lang,
    profile,
    clock: systemClock,
    // No item, or one that is not a received message: the pane says to select one.
    read: currentItemMode() === 'read' ? h.createOfficeReadPort(h.currentReadItem()) : null,
    case: deps,
    ...(opener ? { oversight: opener } : {}),
  });
  let ctx: PaneContext = host
    ? readCtx(host)
    : {
        mode: 'compose',
        lang,
        profile,
        clock: systemClock,
        // Typing has no event in Outlook: polled often enough that the pane
        // says "checking" before a Smart Alert a quick Send brings up.
        compose: createOfficeComposePort(currentComposeItem(), { pollMs: COMPOSE_POLL_MS }),
        ...(profile.archive && profile.signIn ? { archive: composeArchive } : {}),
      };

  const render = (): void =>
    root.render(
      <Shell theme={themeKind(officeColours(), forcedColours())} lang={lang}>
        <App ctx={ctx} />
      </Shell>,
    );
  await pane;
  render();
  watchOfficeTheme(render);
  if (host) {
    const read = host;
    // A pinned pane stays open while the user moves to another message.
    read.watchItemChanged(() => {
      ctx = readCtx(read);
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
