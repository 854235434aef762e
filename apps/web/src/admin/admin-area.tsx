import { Redirect, Route, Switch } from 'wouter';
import { SignInFirst } from '../account/sign-in-first';
import { useI18n } from '../i18n';
import { useViewer } from '../account/viewer';
import { NavLink } from '../ui/nav-link';
import { BranchPage } from './branch-page';
import { BranchesPage } from './branches-page';
import { SettingsPage } from './settings-page';
import { UsersPage } from './users-page';
import './admin.css';

/** `/admin/…`: branches and their rooms, users, and settings, for administrators. */
export default function AdminArea() {
  const { t } = useI18n();
  const { viewer, loading, sessionEnded } = useViewer();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!viewer) return <SignInFirst sessionEnded={sessionEnded} />;
  if (viewer.role !== 'ADMIN') {
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p>{t('admin.notAdmin')}</p>
      </>
    );
  }
  return (
    <>
      <nav className="sub-nav" aria-label={t('admin.menu')}>
        <ul>
          <li>
            <NavLink to="/admin/branches">{t('admin.branches')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/users">{t('admin.users')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/settings">{t('admin.settings')}</NavLink>
          </li>
          <li>
            {/* Served by the API (Bull Board), not by this app: a page load, not a route. */}
            <a href="/admin/queues">{t('admin.queues')}</a>
          </li>
        </ul>
      </nav>
      <Switch>
        <Route path="/admin/branches">
          <BranchesPage />
        </Route>
        <Route path="/admin/branches/:id">{(params) => <BranchPage id={params.id} />}</Route>
        <Route path="/admin/users">
          <UsersPage />
        </Route>
        <Route path="/admin/settings">
          <SettingsPage />
        </Route>
        <Route>
          <Redirect to="/admin/branches" replace />
        </Route>
      </Switch>
    </>
  );
}
