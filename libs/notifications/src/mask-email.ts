/** j***@example.org: enough for a coordinator to recognise an address, not to read it. */
export function maskEmail(address: string | null): string {
  if (!address) return '(removed)';
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/**
 * Masks every e-mail address in a free text, such as a mail server's answer ("550 5.1.1
 * <bob@example.org>: Recipient address rejected"), before it is stored or logged.
 */
export function maskEmailsIn(text: string): string {
  // Split on the characters that cannot be in an address, one at a time (linear, whatever the text).
  return text
    .split(/([\s"'(),:;<>[\]])/)
    .map((word) => (word.indexOf('@') > 0 && word.indexOf('@') < word.length - 1 ? maskEmail(word) : word))
    .join('');
}
