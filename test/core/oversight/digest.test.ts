import { escapeHtml, renderDigest, supervisorsOf } from '../../../src/core/oversight/digest';
import { mailboxOverview } from '../../../src/core/oversight';
import { LANGS } from '../../../src/core/model';

const NOW = new Date('2026-03-31T10:00:00Z');
const ZONE = 'Europe/Oslo';

describe('the digest', () => {
  it('escapes every HTML character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('names each supervisor once, with every mailbox they supervise among those read', () => {
    const profile = {
      mailboxes: [
        { address: 'a@k.no', name: 'A', kind: 'function' as const, supervisors: ['Leiar@k.no'] },
        {
          address: 'b@k.no',
          name: 'B',
          kind: 'function' as const,
          supervisors: ['leiar@k.no', 'x@k.no'],
        },
        { address: 'c@k.no', name: 'C', kind: 'function' as const, supervisors: ['y@k.no'] },
      ],
    };
    expect(supervisorsOf(profile, ['A@k.no', 'b@k.no'])).toEqual([
      { address: 'Leiar@k.no', mailboxes: ['a@k.no', 'b@k.no'] },
      { address: 'x@k.no', mailboxes: ['b@k.no'] },
    ]);
  });

  it('lists the overdue in HTML and text, in each language, and a mailbox that failed', () => {
    const overview = mailboxOverview(
      'post@k.no',
      Array.from({ length: 12 }, (_, i) => ({
        id: `m${i}`,
        received: `2026-03-0${(i % 9) + 1}T08:00:00Z`,
        subject: i === 0 ? '<b>Søknad</b>' : `Sak ${i}`,
        from: 'ola@example.no',
        categories: [],
        state: {
          status: 'in-progress' as const,
          due: '2026-03-20',
          assignee: { address: 'kari@k.no', name: 'Kari' },
        },
      })),
      { now: NOW, timeZone: ZONE, calendar: { country: 'NO' } },
    );
    for (const lang of LANGS) {
      const d = renderDigest(
        [
          { address: 'post@k.no', name: 'Post', overview },
          { address: 'bygg@k.no', name: 'Bygg', overview: null, failure: 'nei <nei>' },
        ],
        { lang, timeZone: ZONE, now: NOW, maxRows: 10 },
      );
      expect(d.subject).toContain('12');
      expect(d.html).toContain('&lt;b&gt;Søknad&lt;/b&gt;');
      expect(d.html).not.toContain('<b>');
      expect(d.html).toContain('nei &lt;nei&gt;');
      expect(d.text).toContain('<b>Søknad</b>');
      expect(d.text).toContain('2');
      expect(d.fileName).toMatch(/^(tilsyn|tillsyn|oversight)-2026-03-31\.txt$/);
    }
    const en = renderDigest([{ address: 'post@k.no', name: 'Post', overview }], {
      lang: 'en',
      timeZone: ZONE,
      now: NOW,
    });
    expect(en.text).toContain('… and 2 more.');
    expect(en.text).toContain('Kari: Open 12, Overdue 12');
  });
});
