/** Where a signed-in person starts: partners in their area, desk staff at the desk, coordinators and administrators in the console. */
export function homeOf(role: string): string {
  if (role === 'PARTNER') return '/partner';
  return role === 'STAFF' ? '/desk' : '/coordinator';
}

/** A `next` given in the URL, only when it is a path of this app (never another site). */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}
