/**
 * The directory in the Graph emulator (routes.ts): users (with $search and
 * ConsistencyLevel: eventual), groups and their members, and people, all
 * within the signed-in user's tenant.
 */

import { accessDenied, GraphError, segmentNotFound, resourceNotFound } from './errors';
import { searchTokens, intOption, parseSelect, compileFilter, compileSearch } from './odata';
import type { FilterSchema } from './odata';
import { USER_SELECTABLE, userJson } from './store';
import type { UserRecord, GroupRecord, MailboxRecord } from './store';
import {
  access,
  allowOptions,
  q,
  ok,
  ctxUrl,
  usersRef,
  inTenant,
  tenant,
  requireMethod,
} from './context';
import type { Ctx, Answer } from './context';
import { nextLink } from './routes-messages';

const USER_SCHEMA: FilterSchema<UserRecord> = {
  type: 'user',
  fields: {
    id: { type: 'string', get: (u) => u.id },
    displayname: { type: 'string', get: (u) => u.displayName },
    givenname: { type: 'string', get: (u) => u.givenName },
    surname: { type: 'string', get: (u) => u.surname },
    mail: { type: 'string', get: (u) => u.mail },
    userprincipalname: { type: 'string', get: (u) => u.userPrincipalName },
    mailnickname: { type: 'string', get: (u) => u.mail.split('@')[0] ?? null },
    jobtitle: { type: 'string', get: (u) => u.jobTitle },
    preferredlanguage: { type: 'string', get: (u) => u.preferredLanguage },
    accountenabled: { type: 'bool', get: (u) => u.accountEnabled },
  },
};

const USER_SEARCHABLE = [
  'displayname',
  'givenname',
  'surname',
  'mail',
  'userprincipalname',
  'mailnickname',
  'jobtitle',
];

const GROUP_SCHEMA: FilterSchema<GroupRecord> = {
  type: 'group',
  fields: {
    id: { type: 'string', get: (g) => g.id },
    displayname: { type: 'string', get: (g) => g.displayName },
    mailnickname: { type: 'string', get: (g) => g.mailNickname },
    description: { type: 'string', get: (g) => g.description },
    securityenabled: { type: 'bool', get: () => true },
    mailenabled: { type: 'bool', get: () => false },
  },
};

export function people(ctx: Ctx, mb: MailboxRecord, me: boolean): Answer {
  if (!me && access(ctx, mb) !== 'owner') throw accessDenied();
  allowOptions(ctx, ['$search', '$top', '$select']);
  const raw = q(ctx, '$search');
  const words = raw === null ? [] : searchTokens(raw.replace(/^"|"$/g, ''));
  const top = intOption('$top', q(ctx, '$top'), 10, 1, 1000);
  const matches = [...ctx.store.users.values()]
    .filter((u) => u.accountEnabled && u.id !== mb.user.id && u.profile === mb.user.profile)
    .filter((u) => {
      const tokens = searchTokens(`${u.displayName} ${u.mail}`);
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .slice(0, top);
  return ok({
    '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/people`),
    value: matches.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      givenName: u.givenName,
      surname: u.surname,
      birthday: '',
      personNotes: '',
      isFavorite: false,
      jobTitle: u.jobTitle,
      companyName: null,
      yomiCompany: '',
      department: null,
      officeLocation: u.officeLocation,
      profession: '',
      userPrincipalName: u.userPrincipalName,
      imAddress: `sip:${u.mail}`,
      scoredEmailAddresses: [
        { address: u.mail, relevanceScore: 8, selectionLikelihood: 'notSpecified' },
      ],
      phones: [],
      postalAddresses: [],
      websites: [],
      personType: { class: 'Person', subclass: 'OrganizationUser' },
    })),
  });
}

// ---------------------------------------------------------------- directory

function eventual(ctx: Ctx): boolean {
  return (ctx.headers['consistencylevel'] ?? '').trim().toLowerCase() === 'eventual';
}

export function listUsers(ctx: Ctx): Answer {
  allowOptions(ctx, ['$search', '$filter', '$select', '$top', '$count', '$orderby', '$skiptoken']);
  const search = q(ctx, '$search');
  if (search !== null && !eventual(ctx)) {
    throw new GraphError(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const count = q(ctx, '$count');
  if (count === 'true' && !eventual(ctx)) {
    throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
  }
  const select = parseSelect(q(ctx, '$select'), USER_SELECTABLE, 'user');
  const filterText = q(ctx, '$filter');
  const filter = filterText === null ? null : compileFilter(filterText, USER_SCHEMA);
  const match = search === null ? null : compileSearch(search, USER_SCHEMA, USER_SEARCHABLE);
  const orderby = q(ctx, '$orderby');
  let dir = 1;
  if (orderby !== null) {
    const m = /^\s*displayName(?:\s+(asc|desc))?\s*$/i.exec(orderby);
    if (!m)
      throw new GraphError(
        400,
        'Request_UnsupportedQuery',
        `Sorting by '${orderby}' is not supported.`,
      );
    dir = (m[1] ?? 'asc').toLowerCase() === 'desc' ? -1 : 1;
  }
  const top = intOption('$top', q(ctx, '$top'), 100, 1, 999);
  const token = q(ctx, '$skiptoken');
  const skip = token === null ? 0 : Number.parseInt(Buffer.from(token, 'base64url').toString(), 10);
  if (!Number.isInteger(skip) || skip < 0) {
    throw new GraphError(400, 'Request_BadRequest', 'The $skiptoken is not valid.');
  }
  const all = [...ctx.store.users.values()]
    .filter((u) => inTenant(ctx, u))
    .filter((u) => filter === null || filter(u))
    .filter((u) => match === null || match(u))
    .sort((a, b) => dir * a.displayName.localeCompare(b.displayName, 'nb'));
  const page = all.slice(skip, skip + top);
  const out: Record<string, unknown> = {
    '@odata.context': ctxUrl(ctx, select ? `users(${select.join(',')})` : 'users'),
  };
  if (count === 'true') out['@odata.count'] = all.length;
  out['value'] = page.map((u) => userJson(u, select));
  if (skip + top < all.length) {
    out['@odata.nextLink'] = nextLink(
      ctx,
      '$skiptoken',
      Buffer.from(String(skip + top)).toString('base64url'),
    );
  }
  return ok(out);
}

function groupJson(g: GroupRecord): Record<string, unknown> {
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: '2024-01-01T00:00:00Z',
    description: g.description,
    displayName: g.displayName,
    groupTypes: [],
    mail: null,
    mailEnabled: false,
    mailNickname: g.mailNickname,
    securityEnabled: true,
    visibility: null,
  };
}

function groupInTenant(ctx: Ctx, g: GroupRecord): boolean {
  const t = tenant(ctx);
  return t === null || ctx.store.mailbox(g.grants)?.user.profile === t;
}

export function groupRoutes(ctx: Ctx, segs: readonly string[]): Answer {
  requireMethod(ctx, 'GET');
  const [id, sub, ...more] = segs;
  if (more.length > 0) throw segmentNotFound(more[0] as string);
  if (id === undefined) {
    allowOptions(ctx, ['$filter', '$select', '$top']);
    const filterText = q(ctx, '$filter');
    const filter = filterText === null ? null : compileFilter(filterText, GROUP_SCHEMA);
    const list = [...ctx.store.groups.values()]
      .filter((g) => groupInTenant(ctx, g))
      .filter((g) => filter === null || filter(g));
    return ok({ '@odata.context': ctxUrl(ctx, 'groups'), value: list.map(groupJson) });
  }
  const g = ctx.store.groups.get(id.toLowerCase());
  if (!g || !groupInTenant(ctx, g)) throw resourceNotFound(id);
  if (sub === undefined) {
    return ok({ '@odata.context': ctxUrl(ctx, 'groups/$entity'), ...groupJson(g) });
  }
  const name = sub.toLowerCase();
  if (name !== 'members' && name !== 'transitivemembers') throw segmentNotFound(sub);
  allowOptions(ctx, ['$select', '$top']);
  const select = parseSelect(q(ctx, '$select'), USER_SELECTABLE, 'user');
  const top = intOption('$top', q(ctx, '$top'), 100, 1, 999);
  const members = g.members
    .map((uid) => ctx.store.users.get(uid))
    .filter((u): u is UserRecord => u !== undefined)
    .slice(0, top);
  return ok({
    '@odata.context': ctxUrl(ctx, 'directoryObjects'),
    value: members.map((u) => ({ '@odata.type': '#microsoft.graph.user', ...userJson(u, select) })),
  });
}
