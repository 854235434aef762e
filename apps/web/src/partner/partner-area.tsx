import { Redirect, Route, Switch } from 'wouter';
import { SignInFirst } from '../account/sign-in-first';
import { useI18n } from '../i18n';
import { useViewer } from '../account/viewer';
import { NavLink } from '../ui/nav-link';
import { Dashboard } from './dashboard';
import { MembersPage } from './members-page';
import { ProfilePage } from './profile-page';
import { ReportPage } from './report-page';
import { WorkshopEditor } from './workshop-editor';
import { WorkshopPage } from './workshop-page';

/** `/partner/…`: an agency's own area. Signed-out visitors go to the sign-in page and come back after. */
export default function PartnerArea() {
  const { t } = useI18n();
  const { viewer, loading, sessionEnded } = useViewer();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!viewer) return <SignInFirst sessionEnded={sessionEnded} />;
  if (viewer.role !== 'PARTNER' || !viewer.agency) {
    return (
      <>
        <h1>{t('partner.title')}</h1>
        <p>{t('partner.notPartner')}</p>
      </>
    );
  }
  const agency = viewer.agency;
  return (
    <>
      <nav className="sub-nav" aria-label={t('partner.menu')}>
        <ul>
          <li>
            <NavLink to="/partner" end>
              {t('partner.dashboard')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/partner/workshops/new">{t('partner.propose')}</NavLink>
          </li>
          <li>
            <NavLink to="/partner/report">{t('partner.report')}</NavLink>
          </li>
          <li>
            <NavLink to="/partner/members">{t('partner.members')}</NavLink>
          </li>
          <li>
            <NavLink to="/partner/profile">{t('partner.profile')}</NavLink>
          </li>
        </ul>
      </nav>
      <Switch>
        <Route path="/partner">
          <Dashboard agencyId={agency.id} />
        </Route>
        <Route path="/partner/workshops/new">
          <WorkshopEditor />
        </Route>
        <Route path="/partner/workshops/:id">
          <WorkshopPage />
        </Route>
        <Route path="/partner/workshops/:id/edit">
          <WorkshopEditor />
        </Route>
        <Route path="/partner/report">
          <ReportPage agencyId={agency.id} />
        </Route>
        <Route path="/partner/members">
          <MembersPage agencyId={agency.id} />
        </Route>
        <Route path="/partner/profile">
          <ProfilePage agencyId={agency.id} />
        </Route>
        <Route>
          <Redirect to="/partner" replace />
        </Route>
      </Switch>
    </>
  );
}
