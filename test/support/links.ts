import type { ReceivedMail } from './smtp-sink';

/** The token in an e-mailed link's fragment (`…#token=…`), from the plain-text part. */
export function tokenFromMail(mail: ReceivedMail): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No token link in: ${mail.text}`);
  return match[1];
}
