// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  Dropdown,
  Label,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
} from '@fluentui/react-components';
import type { LogReviewRequest, LogReviewResult } from '../app/oversight';
import { formatLocalDate, localDateIn } from '../core/calendar';
import { logReviewCsv, logReviewJson } from '../core/oversight/export';
import { logExportMessages } from '../core/oversight/export-messages';
import { DueDateField } from '../taskpane/case/DueDateField';
import { failureText } from '../taskpane/shell/failure';
import { clearButton } from '../taskpane/shell/fluentWords';
import { LogRowsTable } from './LogRowsTable';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import type { OversightPorts } from './ports';
import { useAsync } from './useAsync';

const LISTS = ['neverRegistered', 'registered', 'internal', 'ephemeral', 'private'] as const;

/** A download link's address for text, revoked when the text changes or the tab goes. */
function useBlobUrl(text: string | null, type: string): string | null {
  const [url, setUrl] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (text === null) {
      setUrl(null);
      return undefined;
    }
    const u = URL.createObjectURL(new Blob([text], { type }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [text, type]);
  return url;
}

/** R22: a mailbox and a period → the log reviewed against the journal, with downloads. */
export function LogReviewTab({ ports }: { ports: OversightPorts }): React.JSX.Element {
  const s = useOversightStyles();
  const { lang, profile } = ports;
  const zone = profile.timeZone;
  const today = localDateIn(ports.clock.now(), zone);
  const [mailbox, setMailbox] = React.useState(ports.mailboxes[0] ?? '');
  const [from, setFrom] = React.useState(formatLocalDate({ ...today, d: 1 }));
  const [to, setTo] = React.useState(formatLocalDate(today));
  const ids = { mailbox: React.useId() };
  const run = React.useCallback((req: LogReviewRequest) => ports.runLogReview(req), [ports]);
  const { job, start } = useAsync<LogReviewResult, [LogReviewRequest]>(run);
  const [asked, setAsked] = React.useState<LogReviewRequest | null>(null);
  const badPeriod = from === '' || to === '' || from > to;
  const result = job.status === 'done' ? job.value : null;
  const csv = React.useMemo(
    () => (result ? logReviewCsv(result.review, lang, zone) : null),
    [result, lang, zone],
  );
  const json = React.useMemo(
    () =>
      result ? `${JSON.stringify(logReviewJson(result.review, result.source), null, 2)}\n` : null,
    [result],
  );
  const csvUrl = useBlobUrl(csv, 'text/csv;charset=utf-8');
  const jsonUrl = useBlobUrl(json, 'application/json');
  const base = asked ? `${asked.mailbox.split('@')[0]}-${asked.from}-${asked.to}` : 'logg';
  const masked = new Map(result?.review.subjectHygiene.map((h) => [h.row, h.maskedSubject]) ?? []);

  return (
    <div className={s.section}>
      <form
        className={s.filters}
        onSubmit={(e) => {
          e.preventDefault();
          if (badPeriod || mailbox === '') return;
          const req = { mailbox, from, to };
          setAsked(req);
          void start(req);
        }}
      >
        <div className={s.field}>
          <Label id={ids.mailbox}>{tov(lang, 'ov.log.mailbox')}</Label>
          <Dropdown
            aria-labelledby={ids.mailbox}
            clearButton={clearButton(lang)}
            value={mailbox}
            selectedOptions={[mailbox]}
            onOptionSelect={(_e, d) => setMailbox(d.optionValue ?? mailbox)}
          >
            {ports.mailboxes.map((m) => (
              <Option key={m} value={m}>
                {m}
              </Option>
            ))}
          </Dropdown>
        </div>
        {/* Dates as the user's language writes them, not as the browser's locale would. */}
        <div className={s.field}>
          <DueDateField
            lang={lang}
            label={tov(lang, 'ov.log.from')}
            value={from}
            saved={from}
            opensOn={from}
            disabled={false}
            onCommit={setFrom}
          />
        </div>
        <div className={s.field}>
          <DueDateField
            lang={lang}
            label={tov(lang, 'ov.log.to')}
            value={to}
            saved={to}
            opensOn={to}
            disabled={false}
            onCommit={setTo}
          />
        </div>
        <Button appearance="primary" type="submit" disabled={badPeriod || job.status === 'running'}>
          {tov(lang, 'ov.log.run')}
        </Button>
      </form>
      {badPeriod && (
        <MessageBar intent="warning">
          <MessageBarBody>{tov(lang, 'ov.log.bad-period')}</MessageBarBody>
        </MessageBar>
      )}
      {job.status === 'running' && <Spinner label={tov(lang, 'ov.log.running')} />}
      {job.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-status="failed">
          <MessageBarBody>
            {tov(lang, 'ov.log.failed', { reason: failureText(job.error, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <div className={s.section} data-log-review={result.source}>
          <MessageBar intent={result.source === 'folders' ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              {tov(
                lang,
                result.source === 'folders' ? 'ov.log.source.folders' : 'ov.log.source.trace',
              )}{' '}
              {result.source === 'folders' &&
                tov(lang, 'ov.log.folders.caveat', {
                  why: tov(lang, `ov.log.why.${result.traceRefusal ?? 'no-client'}`),
                })}
            </MessageBarBody>
          </MessageBar>
          <p>{tov(lang, 'ov.log.rows', { rows: result.rows.toLocaleString(lang) })}</p>
          <div className={s.actions}>
            {csvUrl && (
              <a href={csvUrl} download={`${base}.csv`} data-download="csv">
                {tov(lang, 'ov.log.download.csv')}
              </a>
            )}
            {jsonUrl && (
              <a href={jsonUrl} download={`${base}.json`} data-download="json">
                {tov(lang, 'ov.log.download.json')}
              </a>
            )}
          </div>
          {LISTS.map((list) => {
            const rows =
              list === 'registered'
                ? result.review.registered.map((r) => ({
                    row: r.row,
                    reference: r.entry.reference,
                  }))
                : result.review[list].map((row) => ({ row, reference: '' }));
            return (
              <details key={list} open={list === 'neverRegistered'} data-list={list}>
                <summary>
                  {tov(lang, 'ov.log.list.count', {
                    label: logExportMessages[lang][`status.${list}`],
                    count: rows.length,
                  })}
                </summary>
                <LogRowsTable
                  lang={lang}
                  timeZone={zone}
                  rows={rows}
                  masked={masked}
                  withReference={list === 'registered'}
                />
              </details>
            );
          })}
          <section className={s.section} data-hygiene={result.review.subjectHygiene.length}>
            <h2 className={s.subtitle}>{tov(lang, 'ov.log.hygiene.heading')}</h2>
            <p>
              {tov(lang, 'ov.log.hygiene.count', { count: result.review.subjectHygiene.length })}
            </p>
            {result.review.subjectHygiene.length > 0 && (
              <ul>
                {result.review.subjectHygiene.map((h) => (
                  <li key={`${h.row.messageId}|${h.row.time}`}>{h.maskedSubject}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
