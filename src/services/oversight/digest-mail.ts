/**
 * Sending a supervisor's digest (R21) with the application's permission
 * Mail.Send: `POST /users/{sender}/sendMail`, the HTML as the body and the
 * plain text as a UTF-8 .txt attachment (Graph's JSON sendMail carries one
 * body), a copy kept in the sender's Sent Items. Sent once: a POST is not
 * repeated after a lost answer (services/http), so a supervisor never gets
 * the same digest twice from one run.
 */
import type { Digest } from '../../core/oversight/digest';
import type { GraphClient } from '../graph/client';
import { mailboxPath } from '../graph/paths';

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

export async function sendDigestMail(
  graph: GraphClient,
  sender: string,
  to: string,
  digest: Digest,
): Promise<void> {
  await graph.request('POST', `${mailboxPath(sender)}/sendMail`, {
    body: {
      message: {
        subject: digest.subject,
        body: { contentType: 'HTML', content: digest.html },
        toRecipients: [{ emailAddress: { address: to } }],
        attachments: [
          {
            '@odata.type': '#microsoft.graph.fileAttachment',
            name: digest.fileName,
            contentType: 'text/plain; charset=utf-8',
            contentBytes: base64(new TextEncoder().encode(digest.text)),
          },
        ],
      },
      saveToSentItems: true,
    },
  });
}
