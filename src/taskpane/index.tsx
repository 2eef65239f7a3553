/**
 * The task pane's entry (taskpane.html loads it after office.js): wait for
 * Office, build the pane's context from the Office adapters and the profile
 * compiled into the add-in, and render. The only file here that reaches the
 * host, and it does so through `src/host/office`.
 */
import { createRoot } from 'react-dom/client';
import profile from 'arkivpost:profile';
import type { Lang } from '../core/model';
import type { ArchiveConnector } from '../core/ports';
import { registryMailbox } from '../core/profile/mailboxes';
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
import { App, loadPane, Shell } from './App';
import { tp } from './messages';
import { paneMode } from './mode';
import type { PaneContext } from './ports';
import { themeKind } from './theme';

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
}: ReadHost): CaseDeps | null {
  const signIn = profile.signIn;
  if (!signIn) return null;
  const app = {
    clientId: signIn.clientId,
    ...(signIn.tenantId ? { tenantId: signIn.tenantId } : {}),
    scopes:
      profile.archive?.kind === 'sharepoint' ? [...GRAPH_SCOPES, SHAREPOINT_SCOPE] : GRAPH_SCOPES,
  };
  const tokens = supportsNestedAuth()
    ? createMsalTokenSource(app)
    : createDialogTokenSource({ url: new URL('auth.html', window.location.href).href });
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
    ...(setting
      ? {
          archive: {
            connect: async (graph, user) =>
              (
                await import(/* webpackChunkName: "filing" */ '../services/archive/connect')
              ).connectArchive(profile, {
                graph,
                tokens,
                fetch,
                base: window.location.href,
                user,
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
 * "Journalfør før sending" in compose mode (R19): sign-in and the archive's
 * connector, loaded only when the user asks to file.
 */
async function composeArchive(): Promise<ArchiveConnector | null> {
  const host = await loadReadHost();
  const deps = caseDeps(host);
  if (!deps?.archive) return null;
  const { createGraphClient } = await import(
    /* webpackChunkName: "filing" */ '../services/graph/client'
  );
  const graph = createGraphClient({
    baseUrl: deps.graphUrl,
    // Asked for from a click: the sign-in may show itself.
    token: (request) => deps.tokens.token({ ...(request ?? {}), interactive: true }),
    fetch: deps.fetch,
  });
  return deps.archive.connect(graph, host.officeUser());
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
  const readCtx = (h: ReadHost): PaneContext => ({
    mode: 'read',
    lang,
    profile,
    // No item, or one that is not a received message: the pane says to select one.
    read: currentItemMode() === 'read' ? h.createOfficeReadPort(h.currentReadItem()) : null,
    case: deps,
  });
  let ctx: PaneContext = host
    ? readCtx(host)
    : {
        mode: 'compose',
        lang,
        profile,
        compose: createOfficeComposePort(currentComposeItem()),
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
