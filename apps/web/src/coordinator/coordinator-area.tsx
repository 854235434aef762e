import { Redirect, Route, Switch } from 'wouter';
import { SignInFirst } from '../account/sign-in-first';
import { useI18n } from '../i18n';
import { useViewer } from '../account/viewer';
import { NavLink } from '../ui/nav-link';
import './coordinator.css';
import { AgenciesPage } from './agencies-page';
import { CalendarPage } from './calendar-page';
import { MessagesPage } from './messages-page';
import { ProposalPage } from './proposal-page';
import { ReportsPage } from './reports-page';
import { SessionPage } from './session-page';
import { TodayPage } from './today-page';

const COORDINATOR_ROLES = ['COORDINATOR', 'ADMIN'];

/** `/coordinator/…`: the program coordinators' console. Signed-out visitors sign in first and come back. */
export default function CoordinatorArea() {
  const { t } = useI18n();
  const { viewer, loading, sessionEnded } = useViewer();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!viewer) return <SignInFirst sessionEnded={sessionEnded} />;
  if (!COORDINATOR_ROLES.includes(viewer.role)) {
    return (
      <>
        <h1>{t('coord.title')}</h1>
        <p>{t('coord.notCoordinator')}</p>
      </>
    );
  }
  const links = [
    { to: '/coordinator', label: t('coord.today'), end: true },
    { to: '/coordinator/calendar', label: t('coord.calendar') },
    { to: '/coordinator/agencies', label: t('coord.agencies') },
    { to: '/coordinator/messages', label: t('coord.messages') },
    { to: '/coordinator/reports', label: t('coord.reports') },
  ];
  return (
    <>
      <nav className="sub-nav" aria-label={t('coord.menu')}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Switch>
        <Route path="/coordinator">
          <TodayPage />
        </Route>
        <Route path="/coordinator/proposals/:id">
          <ProposalPage />
        </Route>
        <Route path="/coordinator/sessions/:id">
          <SessionPage />
        </Route>
        <Route path="/coordinator/calendar">
          <CalendarPage />
        </Route>
        <Route path="/coordinator/agencies/*?">
          <AgenciesPage />
        </Route>
        <Route path="/coordinator/messages">
          <MessagesPage />
        </Route>
        <Route path="/coordinator/reports">
          <ReportsPage />
        </Route>
        <Route>
          <Redirect to="/coordinator" replace />
        </Route>
      </Switch>
    </>
  );
}
