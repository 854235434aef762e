import { Redirect, Route, Switch } from 'wouter';
import { SignInFirst } from '../account/sign-in-first';
import { useI18n } from '../i18n';
import { useViewer } from '../account/viewer';
import { NavLink } from '../ui/nav-link';
import { DeskHome } from './desk-home';
import { DeskSession } from './desk-session';
import { PatronsToCall } from './patrons-to-call';

const LIBRARY_ROLES = ['STAFF', 'COORDINATOR', 'ADMIN'];

/** `/desk/…`: the library desk, for desk staff and coordinators. Signed-out visitors sign in first and come back. */
export default function DeskArea() {
  const { t } = useI18n();
  const { viewer, loading, sessionEnded } = useViewer();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!viewer) return <SignInFirst sessionEnded={sessionEnded} />;
  if (!LIBRARY_ROLES.includes(viewer.role)) {
    return (
      <>
        <h1>{t('desk.title')}</h1>
        <p>{t('desk.notStaff')}</p>
      </>
    );
  }
  return (
    <>
      <nav className="sub-nav" aria-label={t('desk.menu')}>
        <ul>
          <li>
            <NavLink to="/desk" end>
              {t('desk.today')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/desk/to-call">{t('desk.toCall')}</NavLink>
          </li>
        </ul>
      </nav>
      <Switch>
        <Route path="/desk">
          <DeskHome />
        </Route>
        <Route path="/desk/to-call">
          <PatronsToCall />
        </Route>
        <Route path="/desk/sessions/:id">
          <DeskSession />
        </Route>
        <Route>
          <Redirect to="/desk" replace />
        </Route>
      </Switch>
    </>
  );
}
