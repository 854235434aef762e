import { lazy, Suspense, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ViewerProvider } from './account/viewer';
import { CatalogPage } from './catalog/catalog-page';
import { Layout } from './layout/layout';
import { NotFoundPage } from './layout/not-found-page';

// Every page but the catalog is a chunk of its own, the partner area one more: a patron's first
// load carries only the catalog. React Router runs in its declarative mode (BrowserRouter and
// Routes): the app loads its data with urql, so the data router's loaders, actions and fetchers
// would be some 20 kB (gzipped) of JavaScript every patron downloads for nothing.
const SessionPage = lazy(() => import('./sessions/session-page'));
const ManagePage = lazy(() => import('./registration/manage-page'));
const BranchPage = lazy(() => import('./branches/branch-page'));
const SignInPage = lazy(() => import('./account/sign-in-page'));
const PasswordPage = lazy(() => import('./account/password-page'));
const ApplyPage = lazy(() => import('./partner/apply-page'));
const PartnerArea = lazy(() => import('./partner/partner-area'));

const page = (element: ReactNode) => <Suspense fallback={<p className="muted">…</p>}>{element}</Suspense>;

export function App() {
  const { i18n } = useTranslation();
  // React Aria's own words and date formats (a date field's order, "Decrease") follow the app's language.
  return (
    <I18nProvider locale={i18n.language}>
      <ViewerProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<CatalogPage />} />
              <Route path="sessions/:id" element={page(<SessionPage />)} />
              <Route path="registration" element={page(<ManagePage />)} />
              <Route path="branches/:id" element={page(<BranchPage />)} />
              <Route path="sign-in" element={page(<SignInPage />)} />
              <Route path="account/password" element={page(<PasswordPage />)} />
              <Route path="apply" element={page(<ApplyPage />)} />
              <Route path="partner/*" element={page(<PartnerArea />)} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ViewerProvider>
    </I18nProvider>
  );
}
