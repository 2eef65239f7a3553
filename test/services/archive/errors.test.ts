/**
 * Archive failures as data: a key and parameters that survive being passed
 * on (a worker, the journal, a log), told as a sentence in one place.
 */
import { LANGS } from '../../../src/core/model';
import {
  ARCHIVE_FAILURE_KINDS,
  ArchiveFailure,
  archiveFailureMessages,
  describeArchiveFailure,
} from '../../../src/services/archive';

describe('ArchiveFailure', () => {
  it('is told by its reason when it has one, else by its kind', () => {
    const relation = new ArchiveFailure('unknown', 'no ny-saksmappe', {
      reason: 'relation',
      params: { what: 'sakarkiv/ny-saksmappe' },
    });
    expect(relation.key).toBe('archive.failure.reason.relation');
    expect(new ArchiveFailure('throttled', '429', { status: 429 }).key).toBe(
      'archive.failure.throttled',
    );
  });

  it('reads the same after its data was passed on as JSON', () => {
    const f = new ArchiveFailure('conflict', 'PATCH answered 409 twice', {
      reason: 'document-mismatch',
      params: { reference: '2026/123-4' },
    });
    const data = JSON.parse(JSON.stringify({ key: f.key, code: f.code, params: f.params })) as {
      key: ArchiveFailure['key'];
      code: string;
      params: Record<string, string>;
    };
    for (const lang of LANGS) {
      expect(describeArchiveFailure(data, lang)).toBe(describeArchiveFailure(f, lang));
      expect(describeArchiveFailure(f, lang)).toContain('2026/123-4');
    }
  });

  it('keeps its sentence when more is said for support, and never shows the detail', () => {
    const f = new ArchiveFailure('bad-request', 'POST /journalpost answered 400: navn mangler', {
      status: 400,
    }).withDetail('removed the journalpost this attempt had made');
    expect(f.key).toBe('archive.failure.bad-request');
    expect(f.detail).toContain('removed the journalpost');
    for (const lang of LANGS) {
      const sentence = describeArchiveFailure(f, lang);
      expect(sentence).toContain('HTTP 400');
      expect(sentence).not.toContain('navn mangler');
      expect(sentence).not.toMatch(/\{[a-z]+\}/);
    }
  });

  it('has a sentence in every language for every kind', () => {
    for (const kind of ARCHIVE_FAILURE_KINDS) {
      const f = new ArchiveFailure(kind, 'detail');
      for (const lang of LANGS) {
        expect(describeArchiveFailure(f, lang)).toBe(
          archiveFailureMessages[lang][`archive.failure.${kind}`].replace('{code}', kind),
        );
      }
    }
  });
});
