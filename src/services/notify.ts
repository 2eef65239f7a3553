/**
 * "Varsle": tell the assignee by mail, sent from the user's own mailbox
 * (Mail.Send). Never repeated after a lost connection (the client does not
 * repeat a POST), so nobody gets the notice twice.
 */
import type { Lang } from '../core/model';
import { assignmentMail } from '../core/state';
import type { AssignmentNotice } from '../core/state';
import type { GraphClient } from './graph/client';

export async function sendAssignmentNotice(
  graph: GraphClient,
  notice: AssignmentNotice,
  lang: Lang,
): Promise<void> {
  const mail = assignmentMail(notice, lang);
  await graph.request('POST', '/me/sendMail', {
    body: {
      message: {
        subject: mail.subject,
        body: { contentType: 'HTML', content: mail.html },
        toRecipients: [
          { emailAddress: { address: notice.assignee.address, name: notice.assignee.name } },
        ],
      },
      saveToSentItems: true,
    },
  });
}
