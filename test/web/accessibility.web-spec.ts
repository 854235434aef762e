import type { BrowserContext, Page } from 'playwright-core';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from '../support/factories';
import { TestApps } from '../support/test-apps';
import { axeViolations, scrollsSideways, setChecked, WebBrowser } from '../support/web';

interface Visit {
  /** What the reader sees, for the report. */
  name: string;
  path: string | (() => string);
  /** Brings the page into a further state (errors shown, a dialog open) before checking. */
  then?: (page: Page) => Promise<void>;
}

/**
 * Journey 4: axe-core (WCAG 2.2 A and AA) on every route, in every state the journeys reach, in
 * English and in Spanish, at 360 px: no violation, and nothing wider than the screen.
 */
describe('every page, in English and Spanish, for axe-core', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let partner: Partner;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    apps = await TestApps.start();
    web = await WebBrowser.launch();
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin, { name: 'Central Library', openingHours: allWeek('08:00', '21:00') });
    const room = await createRoom(apps.client, admin, branch.id, { name: 'Community Room A', features: ['HEARING_LOOP'] });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Riverside Public Health' } });
    const open = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Managing stress',
      languages: ['en', 'es'],
      accessibilityNotes: 'Materials in large print.',
      capacity: 3,
      sessions: [
        {
          startsAt: localAt(5, '18:00'),
          endsAt: localAt(5, '19:30'),
          branchId: branch.id,
          roomId: room.id,
          recurrence: 'FREQ=WEEKLY;COUNT=3',
        },
      ],
    });
    const [first, second, third] = open.sessions;
    ids.workshop = open.id;
    ids.open = first.id;
    ids.full = second.id;
    ids.cancelled = third.id;
    ids.branch = branch.id;
    const registered = await register(apps.client, first.id, { name: 'Ana', shareContactWithPartner: true });
    ids.token = registered.manageToken;
    await register(apps.client, second.id, { partySize: 3 });
    await register(apps.client, second.id, { partySize: 1 });
    await apps.client.must(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "The room is flooded") { id } }',
      { id: third.id },
      coordinator.token,
    );
    ids.draft = (
      await createWorkshop(apps.client, partner.token, {
        title: 'Draft idea',
        sessions: [{ startsAt: localAt(9, '12:00'), endsAt: localAt(9, '13:00'), branchId: branch.id }],
      })
    ).id;
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  const submitEmpty = (button: string | RegExp) => async (page: Page) => {
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('alert').first().waitFor();
  };
  const openDialog = (button: string | RegExp) => async (page: Page) => {
    await page.getByRole('button', { name: button }).first().click();
    await page.getByRole('dialog').or(page.getByRole('alertdialog')).first().waitFor();
  };

  const openList = (button: RegExp) => async (page: Page) => {
    await page.getByRole('button', { name: button }).first().click();
    await page.getByRole('listbox').waitFor();
  };

  const openFilters = async (page: Page) => {
    await page.getByRole('button', { name: /^(More filters|Más filtros)$/ }).click();
    await page.getByRole('checkbox').first().waitFor();
  };

  const PUBLIC: Visit[] = [
    { name: 'catalog', path: '/' },
    { name: 'catalog, nothing found', path: '/?q=nothing-matches-this' },
    { name: 'catalog, filters open', path: '/', then: openFilters },
    {
      name: 'catalog, a filter list open',
      path: '/',
      then: async (page) => {
        await openFilters(page);
        await openList(/Library branch|Sucursal de la biblioteca/)(page);
      },
    },
    { name: 'catalog, filtered from the address', path: '/?features=HEARING_LOOP&free=1' },
    { name: 'session, seats free', path: () => `/sessions/${ids.open}` },
    { name: 'session, form errors', path: () => `/sessions/${ids.open}`, then: submitEmpty(/Save my seat|Reservar mi lugar/) },
    { name: 'session, full (waitlist)', path: () => `/sessions/${ids.full}` },
    { name: 'session, cancelled', path: () => `/sessions/${ids.cancelled}` },
    { name: 'session, unknown', path: '/sessions/00000000-0000-4000-8000-000000000000' },
    { name: 'branch', path: () => `/branches/${ids.branch}` },
    { name: 'registration', path: () => `/registration#token=${ids.token}` },
    {
      name: 'registration, cancel dialog',
      path: () => `/registration#token=${ids.token}`,
      then: openDialog(/Cancel my registration|Cancelar mi inscripción/),
    },
    { name: 'registration, no link', path: '/registration' },
    { name: 'sign-in', path: '/sign-in' },
    { name: 'sign-in, errors', path: '/sign-in', then: submitEmpty(/^(Sign in|Iniciar sesión)$/) },
    { name: 'password, no link', path: '/account/password' },
    { name: 'apply', path: '/apply' },
    { name: 'apply, errors', path: '/apply', then: submitEmpty(/^(Apply|Enviar la solicitud)$/) },
    { name: 'not found', path: '/no/such/page' },
  ];
  const PARTNER: Visit[] = [
    { name: 'dashboard', path: '/partner' },
    { name: 'propose', path: '/partner/workshops/new' },
    { name: 'propose, errors', path: '/partner/workshops/new', then: submitEmpty(/Save as draft|Guardar como borrador/) },
    { name: 'edit a draft', path: () => `/partner/workshops/${ids.draft}/edit` },
    { name: 'workshop', path: () => `/partner/workshops/${ids.workshop}` },
    {
      name: 'workshop, registrants open',
      path: () => `/partner/workshops/${ids.workshop}`,
      then: async (page) => {
        await page
          .getByRole('button', { name: /^(Show the registrants|Ver las personas inscritas)$/ })
          .first()
          .click();
        await page.getByRole('table').first().waitFor();
      },
    },
    {
      name: 'workshop, cancel dialog',
      path: () => `/partner/workshops/${ids.workshop}`,
      then: openDialog(/Cancel this session|Cancelar esta sesión/),
    },
    { name: 'report', path: '/partner/report' },
    { name: 'members', path: '/partner/members' },
    { name: 'profile', path: '/partner/profile' },
  ];

  async function check(context: BrowserContext, visits: Visit[], language: string): Promise<string[]> {
    const found: string[] = [];
    const page = await context.newPage();
    for (const visit of visits) {
      const path = typeof visit.path === 'function' ? visit.path() : visit.path;
      await page.goto(`${apps.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect([visit.name, await page.evaluate<string>('document.documentElement.lang')]).toEqual([visit.name, language]);
      if (visit.then) await visit.then(page);
      for (const violation of await axeViolations(page)) found.push(`${language} ${visit.name}: ${violation}`);
      if (await scrollsSideways(page)) found.push(`${language} ${visit.name}: wider than 360 px`);
    }
    await page.close();
    return found;
  }

  async function signIn(context: BrowserContext): Promise<void> {
    const page = await context.newPage();
    await page.goto(`${apps.baseUrl}/sign-in`);
    await page.locator('input[type="email"]').fill(partner.email);
    await page.locator('input[type="password"]').fill(partner.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/partner$/);
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasNotText: /^(Sign in|Iniciar sesión)$/ })
      .waitFor();
    await page.close();
  }

  for (const [locale, language] of [
    ['en-US', 'en'],
    ['es-US', 'es'],
  ] as const) {
    // One test per language and area, so that a failure names the area it is in. Each runs axe on
    // a dozen pages and states (some 45 s on an idle machine), so each has 150 s: CI runs the
    // browser suites beside the others, on two cores.
    it(`finds no violation on any public page in ${language}`, async () => {
      const context = await web.context({ locale });
      expect(await check(context, PUBLIC, language)).toEqual([]);
      expect(web.takeProblems()).toEqual([]);
      await context.close();
    }, 150_000);

    it(`finds no violation on any partner page in ${language}`, async () => {
      const context = await web.context({ locale });
      await signIn(context);
      expect(await check(context, PARTNER, language)).toEqual([]);
      expect(web.takeProblems()).toEqual([]);
      await context.close();
    }, 150_000);
  }

  it('speaks Spanish to a Spanish browser, and the switch changes the language and keeps it', async () => {
    const context = await web.context({ locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(`${apps.baseUrl}/sessions/${ids.open}`);
    await page.getByRole('heading', { level: 1, name: 'Managing stress' }).waitFor();
    await page.getByRole('button', { name: 'Reservar mi lugar' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Save my seat' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Save my seat' }).waitFor();
    await context.close();
  });

  it('keeps a reader who asked for less motion free of animation', async () => {
    const page = await web.page({ reducedMotion: 'reduce' });
    await page.goto(`${apps.baseUrl}/registration#token=${ids.token}`);
    await page.locator('h1').first().waitFor();
    await setChecked(page, /reminder/i, false);
    const durations = await page.evaluate<string[]>(
      `[...document.querySelectorAll('*')].map((e) => getComputedStyle(e)).flatMap((s) => [s.transitionDuration, s.animationDuration]).filter((d) => d.split(',').some((v) => parseFloat(v) > 0.01))`,
    );
    expect(durations).toEqual([]);
  });
});
