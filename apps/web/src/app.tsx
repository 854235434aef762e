import { lazy, Suspense, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { Route, Switch } from 'wouter';
import { loadWords, useI18n } from './i18n';
import { ViewerProvider } from './account/viewer';
import { CatalogPage } from './catalog/catalog-page';
import { Layout } from './layout/layout';
import { NotFoundPage } from './layout/not-found-page';

// Every page but the catalog is a chunk of its own, the partner area one more: a patron's first
// load carries only the catalog. The routes are wouter's (some 2 kB gzipped, against React Router's
// 13 kB even in its declarative mode): the app loads its data with urql and needs of a router only
// paths, parameters, the query string and links, and every patron's phone downloads the router.
const SessionPage = lazy(() => import('./sessions/session-page'));
const ManagePage = lazy(() => import('./registration/manage-page'));
const BranchPage = lazy(() => import('./branches/branch-page'));
const SignInPage = lazy(() => import('./account/sign-in-page'));
const PasswordPage = lazy(() => import('./account/password-page'));
const AccountPage = lazy(() => import('./account/account-page'));
// The partner pages come with the partner agencies' words.
const withPartnerWords = <T,>(page: Promise<T>) => Promise.all([page, loadWords('partner')]).then(([module]) => module);
const ApplyPage = lazy(() => withPartnerWords(import('./partner/apply-page')));
const PartnerArea = lazy(() => withPartnerWords(import('./partner/partner-area')));
// The library desk's pages come with the desk's words.
const DeskArea = lazy(() => Promise.all([import('./desk/desk-area'), loadWords('desk')]).then(([module]) => module));
// The coordinators' console, with the desk's words too (its session page shares the desk's roster).
const CoordinatorArea = lazy(() =>
  Promise.all([import('./coordinator/coordinator-area'), loadWords('coordinator'), loadWords('desk')]).then(([module]) => module),
);
// The administrators' pages share the coordinators' words.
const AdminArea = lazy(() => Promise.all([import('./admin/admin-area'), loadWords('coordinator')]).then(([module]) => module));

const page = (element: ReactNode) => <Suspense fallback={<p className="muted">…</p>}>{element}</Suspense>;

export function App() {
  const { language } = useI18n();
  // React Aria's own words and date formats (a date field's order, "Decrease") follow the app's language.
  return (
    <I18nProvider locale={language}>
      <ViewerProvider>
        <Layout>
          <Switch>
            <Route path="/">
              <CatalogPage />
            </Route>
            <Route path="/sessions/:id">{page(<SessionPage />)}</Route>
            <Route path="/registration">{page(<ManagePage />)}</Route>
            <Route path="/branches/:id">{page(<BranchPage />)}</Route>
            <Route path="/sign-in">{page(<SignInPage />)}</Route>
            <Route path="/account/password">{page(<PasswordPage />)}</Route>
            <Route path="/account">{page(<AccountPage />)}</Route>
            <Route path="/apply">{page(<ApplyPage />)}</Route>
            <Route path="/partner/*?">{page(<PartnerArea />)}</Route>
            <Route path="/desk/*?">{page(<DeskArea />)}</Route>
            <Route path="/coordinator/*?">{page(<CoordinatorArea />)}</Route>
            <Route path="/admin/*?">{page(<AdminArea />)}</Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Layout>
      </ViewerProvider>
    </I18nProvider>
  );
}
