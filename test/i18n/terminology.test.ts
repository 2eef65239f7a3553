/**
 * Every catalog held to docs/terminology.md: the forbidden words and
 * variants listed there must not appear in any text of that language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { workbenchMessages } from '../../dev/workbench/messages';
import { cliMessages } from '../../src/cli/messages';
import { oversightCliMessages } from '../../src/cli/oversight-messages';
import { archiveMessages } from '../../src/core/archive/messages';
import { referenceMessages } from '../../src/core/archive/reference';
import { registryMessages } from '../../src/core/archive/registry';
import { replyCaseMessages } from '../../src/core/archive/reply-case-messages';
import { accessRestrictions, restrictionChoice } from '../../src/core/archive/restrictions';
import { foundMessages } from '../../src/core/archive/suggest-messages';
import { attachmentMessages } from '../../src/core/attachments/messages';
import { calendarMessages } from '../../src/core/calendar/messages';
import { classifyMessages } from '../../src/core/classify/messages';
import { labelMessages } from '../../src/core/compose/labels';
import { composeMessages } from '../../src/core/compose/messages';
import type { Messages } from '../../src/core/i18n/types';
import { ID_MESSAGES } from '../../src/core/ids/messages';
import { keywordMessages } from '../../src/core/keywords/messages';
import { logExportMessages } from '../../src/core/oversight/export-messages';
import { oversightMessages } from '../../src/core/oversight/messages';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { profileMessages } from '../../src/core/profile/messages';
import { stateMessages } from '../../src/core/state/messages';
import { notifyMessages } from '../../src/core/state/notify';
import { oversightPageMessages } from '../../src/oversight/messages';
import { archiveFailureMessages } from '../../src/services/archive/messages';
import { forwardMessages } from '../../src/services/forward-messages';
import { graphMessages } from '../../src/services/graph/messages';
import { caseMessages } from '../../src/taskpane/case/messages';
import { signatureMessages } from '../../src/taskpane/case/signatureMessages';
import { threatMessages } from '../../src/taskpane/case/threatMessages';
import { replyMessages } from '../../src/taskpane/case/replyMessages';
import { evidenceMessages } from '../../src/services/evidence-messages';
import { disposalMessages } from '../../src/taskpane/case/disposalMessages';
import { cardMessages } from '../../src/taskpane/compose/cardMessages';
import { composeMessages as paneComposeMessages } from '../../src/taskpane/compose/composeMessages';
import { filingMessages } from '../../src/taskpane/filing/messages';
import { filesMessages } from '../../src/taskpane/shell/filesMessages';
import { fluentMessages } from '../../src/taskpane/shell/fluentWords';
import { paneMessages } from '../../src/taskpane/shell/messages';
import { readMessages } from '../../src/taskpane/read/readMessages';
import { oversightEntryMessages } from '../../src/taskpane/read/oversightMessages';

const ROOT = join(__dirname, '..', '..');

/** Every message table, by the file that declares it. */
const CATALOGS: ReadonlyArray<readonly [string, Messages<string>]> = [
  ['dev/workbench/messages.ts', workbenchMessages],
  ['src/cli/messages.ts', cliMessages],
  ['src/cli/oversight-messages.ts', oversightCliMessages],
  ['src/core/archive/messages.ts', archiveMessages],
  ['src/core/archive/reference.ts', referenceMessages],
  ['src/core/archive/registry.ts', registryMessages],
  ['src/core/archive/reply-case-messages.ts', replyCaseMessages],
  ['src/core/archive/suggest-messages.ts', foundMessages],
  ['src/core/attachments/messages.ts', attachmentMessages],
  ['src/core/calendar/messages.ts', calendarMessages],
  ['src/core/classify/messages.ts', classifyMessages],
  ['src/core/compose/labels.ts', labelMessages],
  ['src/core/compose/messages.ts', composeMessages],
  ['src/core/ids/messages.ts', ID_MESSAGES],
  ['src/core/keywords/messages.ts', keywordMessages],
  ['src/core/oversight/export-messages.ts', logExportMessages],
  ['src/core/oversight/messages.ts', oversightMessages],
  ['src/core/profile/messages.ts', profileMessages],
  ['src/core/state/messages.ts', stateMessages],
  ['src/core/state/notify.ts', notifyMessages],
  ['src/oversight/messages.ts', oversightPageMessages],
  ['src/services/archive/messages.ts', archiveFailureMessages],
  ['src/services/evidence-messages.ts', evidenceMessages],
  ['src/services/forward-messages.ts', forwardMessages],
  ['src/services/graph/messages.ts', graphMessages],
  ['src/taskpane/case/messages.ts', caseMessages],
  ['src/taskpane/case/signatureMessages.ts', signatureMessages],
  ['src/taskpane/case/threatMessages.ts', threatMessages],
  ['src/taskpane/case/replyMessages.ts', replyMessages],
  ['src/taskpane/case/disposalMessages.ts', disposalMessages],
  ['src/taskpane/compose/cardMessages.ts', cardMessages],
  ['src/taskpane/compose/composeMessages.ts', paneComposeMessages],
  ['src/taskpane/filing/messages.ts', filingMessages],
  ['src/taskpane/read/readMessages.ts', readMessages],
  ['src/taskpane/read/oversightMessages.ts', oversightEntryMessages],
  ['src/taskpane/shell/filesMessages.ts', filesMessages],
  ['src/taskpane/shell/fluentWords.ts', fluentMessages],
  ['src/taskpane/shell/messages.ts', paneMessages],
];

interface Rule {
  readonly lang: Lang | '*';
  readonly forbidden: string;
  readonly match: 'word' | 'text';
  readonly instead: string;
}

/** The rows of docs/terminology.md's "Forbidden words" table. */
function forbiddenRules(): Rule[] {
  const doc = readFileSync(join(ROOT, 'docs', 'terminology.md'), 'utf8');
  const section = doc.split(/^## Forbidden words$/m)[1]?.split(/^## /m)[0] ?? '';
  const rules: Rule[] = [];
  for (const line of section.split('\n')) {
    const [lang, forbidden, match, instead] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const code = /^`(.+)`$/.exec(forbidden ?? '');
    if (!code || !/^(\*|nb|nn|sv|en)$/.test(lang ?? '') || !/^(word|text)$/.test(match ?? ''))
      continue;
    rules.push({
      lang: lang as Rule['lang'],
      forbidden: code[1]!,
      match: match as Rule['match'],
      instead: instead ?? '',
    });
  }
  return rules;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(rule: Rule): RegExp {
  const body = escape(rule.forbidden);
  return rule.match === 'word'
    ? new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu')
    : new RegExp(body, 'iu');
}

/** A JSON member the reader types into the profile keeps its straight quotes. */
const withoutJson = (text: string): string =>
  text.replace(/"[A-Za-z]+": ?(true|false|null|\d+)/g, '');

/** Every value: catalog file, key and text, in one language. */
function values(lang: Lang): Array<{ where: string; text: string }> {
  return CATALOGS.flatMap(([file, table]) =>
    Object.entries(table[lang]).map(([key, text]) => ({ where: `${file} ${key}`, text })),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('docs/terminology.md', () => {
  const rules = forbiddenRules();

  it('is one table of concepts, each concept once, with no merge left half done', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'terminology.md'), 'utf8');
    expect(doc).not.toMatch(/^(\| )?(<{7}|={7}|>{7}|(> ){7})/m);
    const section = doc.split(/^## Concepts$/m)[1]?.split(/^## /m)[0] ?? '';
    const concepts = section
      .split('\n')
      .filter((l) => l.startsWith('| ') && !/^\| Concept +\|/.test(l))
      .map((l) => l.split('|')[1]?.trim() ?? '')
      .filter((c) => c !== '' && !/^-+$/.test(c));
    expect(concepts.length).toBeGreaterThan(30);
    expect(concepts.filter((c, i) => concepts.indexOf(c) !== i)).toEqual([]);
  });

  it('lists forbidden words for every language', () => {
    expect(rules.length).toBeGreaterThan(20);
    for (const lang of LANGS) expect(rules.some((r) => r.lang === lang)).toBe(true);
  });

  it('covers every message table in the code', () => {
    const declared = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'dev'))]
      .filter((f) => /(satisfies|:) Messages<(?!K>)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !f.startsWith('src/core/i18n/'))
      .sort();
    expect(declared).toEqual(CATALOGS.map(([file]) => file).sort());
  });

  describe.each(LANGS)('%s', (lang) => {
    const mine = rules.filter((r) => r.lang === lang || r.lang === '*');
    it.each(mine.map((r) => [r.forbidden, r.instead, r] as const))(
      'has no %s (use %s)',
      (_f, _i, rule) => {
        const re = pattern(rule);
        const hits = values(lang)
          .filter((v) => re.test(withoutJson(v.text)))
          .map((v) => `${v.where}: ${v.text}`);
        expect(hits).toEqual([]);
      },
    );
  });
});

describe('the cases users reported', () => {
  it('nynorsk says trugsmål under the heading and in the reason', () => {
    expect(readMessages.nn['read.warning.threat.title']).toBe('Mogleg trugsmål');
    expect(classifyMessages.nn['class.reason.threat']).toContain('trugsmål');
  });

  it('Swedish names a Norwegian fødselsnummer in Swedish, with the number in one parenthesis', () => {
    expect(ID_MESSAGES.sv['national-id.no.fnr']).toBe(
      'Texten innehåller ett norskt födelsenummer ({masked}).',
    );
    expect(labelMessages.sv['label.national-id.no.fnr']).toBe('ett norskt födelsenummer');
  });

  it('offers Swedish restrictions by their basis alone, Norwegian ones with their code', () => {
    const [se] = accessRestrictions('SE');
    const [no] = accessRestrictions('NO');
    expect(restrictionChoice(se!, 'sv')).toBe(se!.basis);
    expect(restrictionChoice(se!, 'sv')).not.toMatch(/^S –/);
    expect(restrictionChoice(no!, 'nb')).toBe(`${no!.code} – ${no!.basis}`);
  });

  it('nynorsk says what was sent as the status does («Sendt til»), never an order («Send til», «Ikkje send»)', () => {
    const sent = stateMessages.nn['state.status.sent-to-registrar'].split(' ')[0]!;
    expect(sent).toBe('Sendt');
    for (const key of ['threat.notify.sent', 'threat.notify.sent.named'] as const)
      expect(threatMessages.nn[key]).toMatch(new RegExp(`^${sent} til `));
    expect(threatMessages.nn['threat.notify.failed']).toBe(`Ikkje ${sent.toLowerCase()}`);
    // Outlook's folders by the names nynorsk Outlook gives them (docs/terminology.md).
    expect(threatMessages.nn['threat.notify.unsent']).toContain('Sende element');
    expect(replyMessages.nn['reply.lookup-failed']).toContain('Sende element');
    expect(disposalMessages.nn['disposal.deleted-items']).toBe('Sletta element');
  });

  it('does not put “Tildelt til” right above “Tildel til”', () => {
    for (const lang of LANGS)
      expect(caseMessages[lang]['case.assignee.label']).not.toBe(
        caseMessages[lang]['case.assignee.heading'].replace(/t til$/, ' til'),
      );
  });
});
