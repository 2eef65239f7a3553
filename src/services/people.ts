/**
 * Who a message can be assigned to ("Tildelt til"): the members of the
 * function mailbox's access group first, then anyone in the directory.
 */
import type { Person } from '../core/state';
import type { GraphClient } from './graph/client';
import { odataString } from './odata';

export interface Candidate extends Person {
  readonly jobTitle?: string;
  /** A member of the function mailbox's access group. */
  readonly member: boolean;
}

interface GraphUser {
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
  readonly jobTitle?: string | null;
}

const USER_FIELDS = 'displayName,mail,userPrincipalName,jobTitle';

function candidate(u: GraphUser, member: boolean): Candidate | null {
  const address = u.mail || u.userPrincipalName;
  if (!address) return null;
  return {
    address,
    name: u.displayName || address,
    member,
    ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}),
  };
}

function candidates(list: readonly GraphUser[], member: boolean): Candidate[] {
  return list.map((u) => candidate(u, member)).filter((c): c is Candidate => c !== null);
}

/** OData string literal: quotes doubled. */

/** The members of the security group with this mailNickname; empty when there is none. */
export async function groupMembers(graph: GraphClient, mailNickname: string): Promise<Candidate[]> {
  const filter = encodeURIComponent(`mailNickname eq ${odataString(mailNickname)}`);
  const groups = await graph.request<{ value: { id: string }[] }>(
    'GET',
    `/groups?$filter=${filter}&$select=id`,
  );
  const id = groups.value.value[0]?.id;
  if (!id) return [];
  const members = await graph.request<{ value: (GraphUser & { '@odata.type'?: string })[] }>(
    'GET',
    `/groups/${encodeURIComponent(id)}/members?$select=${USER_FIELDS}&$top=999`,
  );
  return candidates(
    members.value.value.filter(
      (m) => (m['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user',
    ),
    true,
  ).sort((a, b) => a.name.localeCompare(b.name));
}

/** Words for $search: no quotes or backslashes (they would end the phrase). */
export function searchTerm(text: string): string {
  return text.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** People in the directory whose name or address starts with `text` (two characters or more). */
export async function searchPeople(
  graph: GraphClient,
  text: string,
  top = 10,
): Promise<Candidate[]> {
  const term = searchTerm(text);
  if (term.length < 2) return [];
  const search = encodeURIComponent(`"displayName:${term}" OR "mail:${term}"`);
  const found = await graph.request<{ value: GraphUser[] }>(
    'GET',
    `/users?$search=${search}&$select=${USER_FIELDS}&$top=${top}&$orderby=displayName`,
    // Graph answers $search on users only with eventual consistency.
    { headers: { ConsistencyLevel: 'eventual' } },
  );
  return candidates(found.value.value, false);
}
