import { Redirect, useLocation, useSearch } from 'wouter';

/** To the sign-in page (which says why when the session ended), and back here right after. */
export function SignInFirst({ sessionEnded }: { sessionEnded: boolean }) {
  const [path] = useLocation();
  const search = useSearch();
  const next = encodeURIComponent(path + (search ? `?${search}` : ''));
  return <Redirect to={`/sign-in?${sessionEnded ? 'expired=1&' : ''}next=${next}`} replace />;
}
