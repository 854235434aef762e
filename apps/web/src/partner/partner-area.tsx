import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { useViewer } from '../account/viewer';
import { Dashboard } from './dashboard';
import { MembersPage } from './members-page';
import { ProfilePage } from './profile-page';
import { ReportPage } from './report-page';
import { WorkshopEditor } from './workshop-editor';
import { WorkshopPage } from './workshop-page';

/** `/partner/…`: an agency's own area. Signed-out visitors go to the sign-in page and come back after. */
export default function PartnerArea() {
  const { t } = useTranslation();
  const { viewer, loading, sessionEnded } = useViewer();
  const location = useLocation();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!viewer) {
    // Signed out, or the session ended mid-visit (the sign-in page then says so): back here after.
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?${sessionEnded ? 'expired=1&' : ''}next=${next}`} replace />;
  }
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
      <Routes>
        <Route index element={<Dashboard agencyId={agency.id} />} />
        <Route path="workshops/new" element={<WorkshopEditor />} />
        <Route path="workshops/:id" element={<WorkshopPage />} />
        <Route path="workshops/:id/edit" element={<WorkshopEditor />} />
        <Route path="report" element={<ReportPage agencyId={agency.id} />} />
        <Route path="members" element={<MembersPage agencyId={agency.id} />} />
        <Route path="profile" element={<ProfilePage agencyId={agency.id} />} />
        <Route path="*" element={<Navigate to="/partner" replace />} />
      </Routes>
    </>
  );
}
