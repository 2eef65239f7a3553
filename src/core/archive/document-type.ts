/**
 * Which document type a message is filed as, from who wrote to whom: mail
 * from outside is incoming (I), mail from us to anyone outside is outgoing
 * (U), and mail between colleagues only is an internal note (N). The filing
 * form starts with this; the user may choose otherwise.
 */
import { domainOf, isInternalDomain } from '../profile/mailboxes';
import type { Profile } from '../profile/types';
import type { DocumentType } from './registry';

export interface Correspondence {
  /** The sender's address; unknown counts as from outside. */
  readonly fromAddress?: string | undefined;
  /** Every recipient's address (to and cc). */
  readonly recipients?: readonly string[] | undefined;
}

/** The document type a message suggests: outgoing from us U, between colleagues N, else I. */
export function suggestedType(
  message: Correspondence,
  profile: Pick<Profile, 'domains'>,
): DocumentType {
  const internal = (address: string | undefined): boolean => {
    const domain = address ? domainOf(address) : null;
    return domain !== null && isInternalDomain(domain, profile);
  };
  if (!internal(message.fromAddress)) return 'I';
  const recipients = message.recipients ?? [];
  if (recipients.length > 0 && recipients.every((r) => internal(r))) return 'N';
  return 'U';
}
