/**
 * The oversight page's entry (oversikt.html): the composition root. Inside
 * Outlook it runs in the Office dialog the read pane opens (Tilsyn): Graph
 * tokens by nested app authentication, as the pane gets them, and a message
 * is opened by asking the pane. In a browser tab (/oversikt) it signs in
 * with MSAL's redirect flow and opens messages with Outlook on the web's
 * links. The mailboxes come from the URL (`?mailbox=`), else the profile's
 * function mailboxes.
 */
import { createRoot } from 'react-dom/client';
import profile from 'arkivpost:profile';
import { AuthFailure, GRAPH_SCOPES } from '../core/auth';
import type { TokenSource } from '../core/auth';
import { LANGS } from '../core/model';
import type { Lang } from '../core/model';
import type { ArchiveConnector } from '../core/ports';
import type { FunctionMailbox } from '../core/profile/types';
import { systemClock } from '../services/clock';
import { createGraphClient } from '../services/graph/client';
import { groupMembers } from '../services/people';
import { createMsalTokenSource, NAA_UNAVAILABLE } from '../services/auth/msal';
import { createRedirectSignIn } from '../services/auth/redirect';
import {
  findAbsence,
  reassign,
  refreshOverview,
  runLogReview,
  startOverview,
} from '../app/oversight';
import { supportsNestedAuth } from '../host/office/auth';
import { displayLang, langOf } from '../host/office/context';
import { askPaneToOpen, inOfficeDialog } from '../host/office/oversight';
import { Shell } from '../taskpane/shell/Shell';
import { themeKind } from '../taskpane/shell/theme';
import { OversightApp } from './OversightApp';
import type { OversightPorts } from './ports';
import { owaLink } from './rows';
import { SignInScreen } from './SignInScreen';
import { tov } from './messages';

/** Graph's root: Microsoft's, or the workbench's emulator (webpack.config.js). */
declare const ARKIVPOST_GRAPH_URL: string;
/** Entra ID: Microsoft's login, or the workbench's emulator on its own origin. */
declare const ARKIVPOST_AUTHORITY: string;

const ADDRESS = /^[^@\s]{1,64}@[^@\s]{1,255}$/;
const MAX_MAILBOXES = 20;

/** The mailboxes the page oversees: `?mailbox=a&mailbox=b` (or comma separated), else the profile's. */
function mailboxesOf(query: URLSearchParams): string[] {
  const asked = query
    .getAll('mailbox')
    .flatMap((m) => m.split(','))
    .map((m) => m.trim())
    .filter((m) => ADDRESS.test(m));
  const boxes: readonly FunctionMailbox[] = profile.mailboxes;
  const list: string[] =
    asked.length > 0 ? asked : boxes.filter((m) => m.kind === 'function').map((m) => m.address);
  const unique = new Map<string, string>(list.map((m) => [m.toLowerCase(), m]));
  return [...unique.values()].slice(0, MAX_MAILBOXES);
}

/** Office, when office.js (or the workbench's emulator) is on the page and answers. */
async function officeReady(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const ready = Office.onReady().then(() => true);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000));
  return Promise.race([ready, timeout]);
}

function forcedColours(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(forced-colors: active)').matches
    : false;
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const query = new URLSearchParams(window.location.search);
  const dialog = (await officeReady()) && inOfficeDialog();
  const asked = query.get('lang');
  const lang: Lang = dialog
    ? displayLang()
    : LANGS.includes(asked as Lang)
      ? (asked as Lang)
      : profile.language;
  document.documentElement.lang = lang;
  document.title = `${tov(lang, 'ov.title')} – Arkivpost`;
  const render = (node: React.ReactNode): void =>
    root.render(
      <Shell theme={themeKind({}, forcedColours())} lang={lang}>
        {node}
      </Shell>,
    );

  const signIn = profile.signIn;
  if (!signIn) {
    render(<SignInScreen lang={lang} configured={false} onSignIn={async () => undefined} />);
    return;
  }
  const authority = new URL(
    `${ARKIVPOST_AUTHORITY.replace(/\/$/, '')}/${signIn.tenantId ?? 'organizations'}`,
    window.location.href,
  );
  let tokens: TokenSource | null = null;
  let user: { name: string; address: string } | null = null;
  if (dialog && supportsNestedAuth()) {
    const naa = createMsalTokenSource({
      clientId: signIn.clientId,
      ...(signIn.tenantId ? { tenantId: signIn.tenantId } : {}),
      scopes: GRAPH_SCOPES,
    });
    // Outlook may name the requirement set and still not answer on its
    // bridge: then the page signs in by itself, as in a browser tab. Any
    // other answer (consent still needed, say) keeps nested app auth.
    const answers = await naa.token({}).then(
      () => true,
      (e: unknown) =>
        !(e instanceof AuthFailure && e.kind === 'unavailable' && e.code === NAA_UNAVAILABLE),
    );
    if (answers) tokens = naa;
  }
  if (tokens === null) {
    const redirect = createRedirectSignIn({
      clientId: signIn.clientId,
      authority: authority.href,
      // Microsoft's own host needs no listing; the workbench's emulator does.
      ...(authority.origin === window.location.origin
        ? { knownAuthorities: [authority.host] }
        : {}),
      redirectUri: `${window.location.origin}${window.location.pathname}`,
      scopes: GRAPH_SCOPES,
    });
    try {
      user = await redirect.start();
    } catch (e) {
      render(
        <SignInScreen lang={lang} configured onSignIn={() => redirect.signIn()} failure={e} />,
      );
      return;
    }
    if (user === null) {
      render(<SignInScreen lang={lang} configured onSignIn={() => redirect.signIn()} />);
      return;
    }
    tokens = redirect.tokens;
  }

  const fetch = window.fetch.bind(window);
  const graph = createGraphClient({
    baseUrl: new URL(ARKIVPOST_GRAPH_URL, window.location.href).href.replace(/\/$/, ''),
    // Every request comes from the page being open or a click: sign-in may show itself.
    token: (request) => tokens.token({ ...(request ?? {}), interactive: true }),
    fetch,
    clock: systemClock,
  });
  const deps = { graph, clock: systemClock, profile };
  let connector: Promise<ArchiveConnector | null> | null = null;
  const archive = (): Promise<ArchiveConnector | null> => {
    connector ??= profile.archive
      ? import(/* webpackChunkName: "filing" */ '../services/archive/connect')
          .then((m) =>
            m.connectArchive(profile, {
              graph,
              tokens,
              fetch,
              base: window.location.href,
              user,
              clock: systemClock,
              interactive: () => true,
            }),
          )
          .catch((e: unknown) => {
            connector = null;
            throw e;
          })
      : Promise.resolve(null);
    return connector;
  };
  const mailboxes = mailboxesOf(query);
  const ports: OversightPorts = {
    lang,
    profile,
    clock: systemClock,
    mailboxes,
    startOverview: () => startOverview(deps, mailboxes),
    refreshOverview: (session) => refreshOverview(deps, session),
    runLogReview: async (req) => runLogReview({ ...deps, connector: await archive() }, req),
    findAbsence: (result) => findAbsence({ ...deps, mode: 'delegated' }, mailboxes, result.loads),
    members: async (mailbox) => {
      const boxes: readonly FunctionMailbox[] = profile.mailboxes;
      const group = boxes.find(
        (m) => m.address.toLowerCase() === mailbox.toLowerCase(),
      )?.accessGroup;
      if (!group) return [];
      return (await groupMembers(graph, group)).map((c) => ({ address: c.address, name: c.name }));
    },
    reassign: (req) => reassign(deps, req),
    open: dialog
      ? { kind: 'pane', openMessage: (restId) => askPaneToOpen(restId) }
      : { kind: 'link', link: owaLink },
  };
  render(<OversightApp ports={ports} />);
}

const container = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (container) {
  start(container).catch((e: unknown) => {
    container.textContent = tov(langOf(navigator.language), 'ov.failed.all', {
      reason: e instanceof AuthFailure ? e.code : '',
    });
  });
}
