import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useI18n, LANGUAGES, switchLanguage } from '../i18n';
import { useViewer } from '../account/viewer';
import { Button } from '../ui/button';
import { NavLink } from '../ui/nav-link';

// Back and forward (popstate) return to a page the reader has seen, which the browser puts back where
// it was. Listened for from the start, before the router's own listener: it is known before the page changes.
let returning = false;
window.addEventListener('popstate', () => (returning = true));

/** The frame of every page: a skip link, the header with the menu and the language switch, the footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, language } = useI18n();
  const { viewer, signOut } = useViewer();
  const [path] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation inside the app, the new page's heading takes the focus (not on the first
  // load), so a screen reader starts there. A page may still be loading: the focus waits on the
  // main region until its heading appears, unless the reader has moved it meanwhile.
  useEffect(() => {
    const back = returning;
    returning = false;
    if (first.current) {
      first.current = false;
      return;
    }
    const region = main.current;
    if (!region) return;
    // A new page starts at its top (the browser restores the place on back and forward itself).
    if (!back) window.scrollTo(0, 0);
    region.focus({ preventScroll: true });
    const focusHeading = (): boolean => {
      const heading = region.querySelector('h1');
      if (!heading) return false;
      if (document.activeElement === region || document.activeElement === document.body) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(region, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [path]);

  const partner = viewer?.role === 'PARTNER';
  const coordinator = viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN';
  const library = viewer?.role === 'STAFF' || coordinator;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-header__brand">
            {t('app.name')}
          </NavLink>
          <nav className="site-nav" aria-label={t('layout.menu')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('layout.workshops')}
                </NavLink>
              </li>
              {coordinator ? (
                <li>
                  <NavLink to="/coordinator">{t('layout.console')}</NavLink>
                </li>
              ) : null}
              {viewer?.role === 'ADMIN' ? (
                <li>
                  <NavLink to="/admin">{t('layout.admin')}</NavLink>
                </li>
              ) : null}
              {library ? (
                <li>
                  <NavLink to="/desk">{t('layout.desk')}</NavLink>
                </li>
              ) : (
                <li>
                  <NavLink to={partner ? '/partner' : '/apply'}>{partner ? t('layout.partnerHome') : t('layout.forPartners')}</NavLink>
                </li>
              )}
              {viewer ? (
                <li>
                  <NavLink to="/account">{t('layout.account')}</NavLink>
                </li>
              ) : null}
              <li>
                {viewer ? (
                  <Button variant="link" onPress={() => void signOut()}>
                    {t('layout.signOut')}
                  </Button>
                ) : (
                  <NavLink to="/sign-in">{t('layout.signIn')}</NavLink>
                )}
              </li>
            </ul>
          </nav>
          <div className="language-switch" role="group" aria-label={t('layout.language')}>
            {LANGUAGES.map((choice) => (
              <Button
                key={choice.code}
                variant="link"
                aria-pressed={language === choice.code}
                onPress={() => void switchLanguage(choice.code)}
              >
                <span lang={choice.code}>{choice.name}</span>
              </Button>
            ))}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
