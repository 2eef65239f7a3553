/**
 * The profile's `archive` setting as a connector: which one, reaching what,
 * signed in how — the Noark 5 archive on the add-in's own server in the
 * workbench, and its own API scope in production.
 */
import { createNoarkEmulator, noarkToken } from '../../../dev/noark';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Profile } from '../../../src/core/profile/types';
import { connectArchive } from '../../../src/services/archive/connect';
import type { TokenRequest } from '../../../src/core/auth';
import { createGraphClient } from '../../../src/services/graph/client';
import { ha } from '../../taskpane/read-fixtures';

const graph = createGraphClient({
  baseUrl: 'https://graph.test',
  token: async () => 'unused',
  fetch: () => Promise.reject(new Error('no Graph here')),
});
const KARI = { name: 'Kari Nordmann', address: 'kari.nordmann@ha.kommune.no' };

function deps(requests: TokenRequest[], fetch: typeof globalThis.fetch = globalThis.fetch) {
  return {
    graph,
    tokens: {
      token: async (r: TokenRequest = {}) => {
        requests.push(r);
        return noarkToken(KARI.address);
      },
    },
    fetch,
    base: 'https://localhost:3000/taskpane.html?mode=read',
    user: KARI,
    interactive: () => true,
  };
}

function withArchive(archive: Profile['archive']): Profile {
  const rest = Object.fromEntries(
    Object.entries(ha).filter(([key]) => key !== 'archive'),
  ) as unknown as Profile;
  return archive ? { ...rest, archive } : rest;
}

describe('connectArchive', () => {
  it('offers no filing when the profile names no archive', () => {
    expect(connectArchive(withArchive(undefined), deps([]))).toBeNull();
  });

  it('reaches a Noark 5 archive on the add-in’s own server, with the archive API’s own scope', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arkivpost-connect-'));
    const noark = createNoarkEmulator({ dir });
    const seen: string[] = [];
    const requests: TokenRequest[] = [];
    try {
      const c = connectArchive(
        withArchive({
          kind: 'noark5',
          url: '/noark5v5/',
          scope: 'api://arkiv.ha.kommune.no/.default',
        }),
        deps(requests, (input, init) => {
          seen.push(String(input));
          return noark.fetch(String(input).replace('https://localhost:3000', ''), init);
        }),
      );
      expect(c?.kind).toBe('noark5');
      await expect(c?.searchCases('2026/1')).resolves.toEqual([]);
      expect(seen[0]).toBe('https://localhost:3000/noark5v5/');
      expect(requests[0]).toEqual({
        scopes: ['api://arkiv.ha.kommune.no/.default'],
        interactive: true,
      });
    } finally {
      noark.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for the Graph sign-in’s token when the archive names no scope', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arkivpost-connect-'));
    const noark = createNoarkEmulator({ dir });
    const requests: TokenRequest[] = [];
    try {
      const c = connectArchive(
        withArchive({ kind: 'noark5', url: 'https://arkiv.ha.kommune.test/noark5v5/' }),
        deps(requests, (input, init) =>
          noark.fetch(String(input).replace('https://arkiv.ha.kommune.test', ''), init),
        ),
      );
      await c?.searchCases('byggesøknad');
      expect(requests[0]).toEqual({ interactive: true });
    } finally {
      noark.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends to the profile’s registry mailbox, and only when it knows who sends', () => {
    const profile = withArchive({ kind: 'registry-mailbox' });
    expect(connectArchive(profile, deps([]))?.kind).toBe('registry-mailbox');
    expect(connectArchive(profile, { ...deps([]), user: null })).toBeNull();
    const none = {
      ...profile,
      mailboxes: profile.mailboxes.map(({ registry: _r, ...m }) => m),
    };
    expect(connectArchive(none, deps([]))).toBeNull();
    expect(
      connectArchive(
        { ...none, archive: { kind: 'registry-mailbox', address: 'arkiv@ha.kommune.no' } },
        deps([]),
      )?.kind,
    ).toBe('registry-mailbox');
  });

  it('files into a SharePoint library', () => {
    const c = connectArchive(
      withArchive({
        kind: 'sharepoint',
        site: 'ha.sharepoint.com:/sites/arkiv',
        library: 'Saker',
      }),
      deps([]),
    );
    expect(c?.kind).toBe('sharepoint');
  });
});
