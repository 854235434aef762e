/** j***@example.org: enough for a coordinator to recognise an address, not to read it. */
export function maskEmail(address: string | null): string {
  if (!address) return '(removed)';
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
