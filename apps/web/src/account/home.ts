/** Where a signed-in person starts: partners in their area; staff areas come with the staff console. */
export function homeOf(role: string): string {
  return role === 'PARTNER' ? '/partner' : '/';
}

/** A `next` given in the URL, only when it is a path of this app (never another site). */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}
