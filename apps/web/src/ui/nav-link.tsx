import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

/**
 * A link of a menu: it says which page is the current one (`aria-current="page"`, which the menu's
 * style also shows). `end` makes it current on its own address only, not on the pages under it.
 */
export function NavLink({ to, end = false, className, children }: { to: string; end?: boolean; className?: string; children: ReactNode }) {
  const [path] = useLocation();
  const current = path === to || (!end && path.startsWith(`${to.replace(/\/$/, '')}/`));
  return (
    <Link to={to} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
