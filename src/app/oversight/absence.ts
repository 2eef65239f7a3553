/**
 * R23: function mailboxes without an active acknowledgement auto-reply,
 * and members who are away — an auto-reply on, or an out-of-office event
 * in their calendar today — with the open items assigned to them.
 *
 * Members are those of the mailbox's access group (the profile's
 * `accessGroup`, a security group's mailNickname). Delegated (the page):
 * `getMailTips` for every address at once; application (the command line):
 * each mailbox's `automaticRepliesSetting`. An address whose auto-reply
 * could not be read is listed in `unknown`, never reported as present or
 * away; a calendar that could not be read (no access to it) is only not
 * counted as away.
 */
import {
  autoReplySettingActive,
  mailTipAutoReplyActive,
  outOfOfficeToday,
  todayWindow,
} from '../../core/oversight/absence';
import type { OverviewRow } from '../../core/oversight';
import type { FunctionMailbox } from '../../core/profile/types';
import { GraphFailure } from '../../services/graph/errors';
import {
  readAutoReplySetting,
  readCalendarView,
  readMailTips,
} from '../../services/oversight/absence';
import { groupMembers } from '../../services/people';
import type { OversightDeps } from './deps';
import { addressKey } from './deps';
import { loadOverview } from './overview';
import type { MailboxLoad } from './overview';

export interface AbsentMember {
  readonly address: string;
  readonly name: string;
  readonly reason: 'auto-reply' | 'calendar';
  /** The function mailboxes (of those asked) they are a member of. */
  readonly mailboxes: string[];
  /** Items not done or archived in those mailboxes, assigned to them; oldest first. */
  readonly assignedOpen: OverviewRow[];
}

export interface AbsenceReport {
  readonly mailboxesWithoutAutoReply: string[];
  /** Ordered by address. */
  readonly absentMembers: AbsentMember[];
  /** Addresses whose auto-reply could not be read (neither listed as without one, nor as away). */
  readonly unknown: string[];
  /** Mailboxes whose members could not be listed, or whose items could not be read. */
  readonly failures: { readonly address: string; readonly failure: unknown }[];
}

export interface AbsenceDeps extends OversightDeps {
  /** 'delegated': getMailTips (the page); 'application': mailboxSettings (the command line). */
  readonly mode: 'delegated' | 'application';
}

interface Member {
  address: string;
  name: string;
  mailboxes: string[];
}

/** Auto-reply on or off per address (lower case); absent from the map when not known. */
async function autoReplies(
  deps: AbsenceDeps,
  addresses: readonly string[],
): Promise<Map<string, boolean>> {
  const now = deps.clock.now();
  const out = new Map<string, boolean>();
  if (deps.mode === 'delegated') {
    const tips = await readMailTips(deps.graph, addresses);
    for (const [key, tip] of tips) {
      if (!tip.error) out.set(key, mailTipAutoReplyActive(tip.automaticReplies, now));
    }
    return out;
  }
  for (const address of addresses) {
    try {
      const setting = await readAutoReplySetting(deps.graph, address);
      out.set(addressKey(address), autoReplySettingActive(setting, now));
    } catch (e) {
      if (!(e instanceof GraphFailure) || e.kind === 'auth' || e.kind === 'network') throw e;
    }
  }
  return out;
}

async function awayByCalendar(deps: AbsenceDeps, address: string): Promise<boolean> {
  const now = deps.clock.now();
  const { timeZone } = deps.profile;
  try {
    const events = await readCalendarView(deps.graph, address, todayWindow(now, timeZone));
    return outOfOfficeToday(events, now, timeZone);
  } catch (e) {
    if (!(e instanceof GraphFailure) || e.kind === 'auth' || e.kind === 'network') throw e;
    return false;
  }
}

/** Open items (not done or archived) by assignee (lower case), each with its mailbox; one pass. */
function openByAssignee(
  loads: readonly MailboxLoad[],
): Map<string, { mailbox: string; row: OverviewRow }[]> {
  const out = new Map<string, { mailbox: string; row: OverviewRow }[]>();
  for (const load of loads) {
    const mailbox = addressKey(load.address);
    for (const item of load.items) {
      const s = item.state;
      if (s.status === 'done' || s.status === 'archived' || !s.assignee) continue;
      const key = addressKey(s.assignee.address);
      const list = out.get(key) ?? [];
      list.push({
        mailbox,
        row: {
          id: item.id,
          received: item.received,
          subject: item.subject,
          from: item.from,
          status: s.status,
          assignee: s.assignee,
          ...(s.due !== undefined ? { due: s.due } : {}),
        },
      });
      out.set(key, list);
    }
  }
  return out;
}

function openAssigned(
  open: ReadonlyMap<string, readonly { mailbox: string; row: OverviewRow }[]>,
  member: Member,
): OverviewRow[] {
  const mine = new Set(member.mailboxes.map(addressKey));
  return (open.get(addressKey(member.address)) ?? [])
    .filter((x) => mine.has(x.mailbox))
    .map((x) => x.row)
    .sort((a, b) =>
      a.received < b.received ? -1 : a.received > b.received ? 1 : a.id < b.id ? -1 : 1,
    );
}

/**
 * The absence report for these function mailboxes. `loads` are the items
 * already read for the overview (the page has them); without them the
 * mailboxes are read here.
 */
export async function findAbsence(
  deps: AbsenceDeps,
  mailboxes: readonly string[],
  loads?: readonly MailboxLoad[],
): Promise<AbsenceReport> {
  const asked = [...new Map(mailboxes.map((m) => [addressKey(m), m.trim()])).values()];
  const failures: { address: string; failure: unknown }[] = [];
  const entries = new Map<string, FunctionMailbox>(
    deps.profile.mailboxes.map((m) => [addressKey(m.address), m]),
  );

  // Members of each mailbox's access group.
  const members = new Map<string, Member>();
  const groups = new Map<string, Awaited<ReturnType<typeof groupMembers>>>();
  for (const mailbox of asked) {
    const group = entries.get(addressKey(mailbox))?.accessGroup;
    if (!group) continue;
    let list = groups.get(group);
    if (list === undefined) {
      try {
        list = await groupMembers(deps.graph, group);
      } catch (e) {
        if (!(e instanceof GraphFailure) || e.kind === 'auth' || e.kind === 'network') throw e;
        failures.push({ address: mailbox, failure: e });
        continue;
      }
      groups.set(group, list);
    }
    for (const c of list) {
      const key = addressKey(c.address);
      if (asked.some((m) => addressKey(m) === key)) continue;
      const m = members.get(key) ?? { address: c.address, name: c.name, mailboxes: [] };
      m.mailboxes.push(mailbox);
      members.set(key, m);
    }
  }

  const replies = await autoReplies(deps, [
    ...asked,
    ...[...members.values()].map((m) => m.address),
  ]);
  const unknown = [...asked, ...[...members.values()].map((m) => m.address)].filter(
    (a) => !replies.has(addressKey(a)),
  );

  const away: { member: Member; reason: AbsentMember['reason'] }[] = [];
  for (const [key, member] of [...members.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const on = replies.get(key);
    if (on === true) away.push({ member, reason: 'auto-reply' });
    else if (await awayByCalendar(deps, member.address)) away.push({ member, reason: 'calendar' });
  }

  let items: readonly MailboxLoad[] = loads ?? [];
  if (loads === undefined && away.length > 0) {
    items = (await loadOverview(deps, asked)).loads;
  }
  for (const l of items) {
    if (l.failure !== undefined) failures.push({ address: l.address, failure: l.failure });
  }

  const open = openByAssignee(items);
  return {
    mailboxesWithoutAutoReply: asked.filter((m) => replies.get(addressKey(m)) === false),
    absentMembers: away.map(({ member, reason }) => ({
      address: member.address,
      name: member.name,
      reason,
      mailboxes: member.mailboxes,
      assignedOpen: openAssigned(open, member),
    })),
    unknown,
    failures,
  };
}
