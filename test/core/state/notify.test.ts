/**
 * "Varsle": the notification mail, in the organisation's language, without
 * national ID numbers, with only safe links and escaped text.
 */
import { LANGS } from '../../../src/core/model';
import { assignmentMail, notifyMessages, safeSubject } from '../../../src/core/state';
import type { AssignmentNotice } from '../../../src/core/state';
import { describeCatalog } from '../../support/catalog';

describeCatalog('notification', notifyMessages);

const notice: AssignmentNotice = {
  assignee: { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' },
  actor: { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' },
  mailbox: 'Hå kommune – post',
  subject: 'Søknad om barnehageplass',
  from: 'Ola <ola@example.no>',
  received: '2026-03-27',
  due: '2026-04-13',
  link: 'https://outlook.office365.com/owa/?ItemID=AAMk%2B1&exvsurl=1',
  category: 'Tildelt: Per Hansen',
};

describe('assignmentMail', () => {
  it.each(LANGS)('names who assigned it, where, the dates and the link in %s', (lang) => {
    const mail = assignmentMail(notice, lang);
    expect(mail.subject).toContain('Søknad om barnehageplass');
    expect(mail.html).toContain('Kari Nordmann');
    expect(mail.html).toContain('Hå kommune – post');
    expect(mail.html).toContain(
      'href="https://outlook.office365.com/owa/?ItemID=AAMk%2B1&amp;exvsurl=1"',
    );
    expect(mail.html).toContain(
      { nb: '13.04.2026', nn: '13.04.2026', sv: '2026-04-13', en: '13 April 2026' }[lang],
    );
    expect(mail.html).toContain('Tildelt: Per Hansen');
  });

  it('writes nynorsk for Hå kommune', () => {
    const mail = assignmentMail(notice, 'nn');
    expect(mail.subject).toBe('Tildelt deg: Søknad om barnehageplass');
    expect(mail.html).toContain('Kari Nordmann har tildelt deg ei melding i Hå kommune – post.');
    expect(mail.html).toContain('Opne meldinga');
  });

  it('never repeats a national ID number from the subject', () => {
    const mail = assignmentMail({ ...notice, subject: 'Klage frå 181039 70861 om vedtak' }, 'nb');
    expect(mail.subject).not.toMatch(/\d{5}/);
    expect(mail.html).not.toMatch(/181039/);
    expect(mail.subject).toBe('Tildelt deg: Klage frå *** om vedtak');
  });

  it('escapes what the sender wrote, and drops links that are not https', () => {
    const mail = assignmentMail(
      { ...notice, subject: '<img src=x onerror=alert(1)>', link: 'javascript:alert(1)' },
      'en',
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.html).toContain('You will find the message in Hå kommune – post in Outlook.');
  });

  it('has a subject line even when the message has none, and without line breaks', () => {
    expect(assignmentMail({ ...notice, subject: '' }, 'sv').subject).toBe(
      'Tilldelat dig: (inget ämne)',
    );
    expect(safeSubject('a\r\nb\tc')).toBe('a b c');
    expect(safeSubject('x'.repeat(500)).length).toBe(200);
  });
});
