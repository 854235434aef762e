import { AppConfig } from '@app/config';
import { NotificationKind } from './notification.enums';
import { isTextOnly, MESSAGE_LANGUAGES, matchLanguage, PATRON_KINDS, SMS_KINDS } from './message-languages';
import { MAX_SEGMENTS, sizeOf } from './sms-text';
import { TemplateRenderer } from './template-renderer.service';

/** A session as the facts of a patron message give it. */
const SESSION = {
  sessionId: 's-1',
  workshopTitle: 'Medicare basics',
  agencyName: 'Senior Benefits Help',
  startsAt: '2027-03-14T23:00:00.000Z',
  endsAt: '2027-03-15T00:30:00.000Z',
  timeZone: 'America/Chicago',
  branchName: 'Central Library',
  branchAddress: '400 Main St',
  roomName: 'Room B',
  roomFeatures: 'WHEELCHAIR_ACCESSIBLE,HEARING_LOOP',
  publicUrl: 'https://library.example',
};

describe('TemplateRenderer', () => {
  const renderer = new TemplateRenderer(AppConfig.fromEnv({}));

  it('escapes HTML in the HTML part, not in subjects and plain text', () => {
    const params = {
      agencyName: 'Tom & Jerry <Clinic>',
      status: 'VERIFIED',
      previousStatus: 'PENDING',
      reason: null,
      publicUrl: 'http://x',
    };
    expect(renderer.subject(NotificationKind.AGENCY_STATUS_CHANGED, params)).toBe('Tom & Jerry <Clinic> is now a verified library partner');
    const message = renderer.render(NotificationKind.AGENCY_STATUS_CHANGED, params);
    expect(message.html).toContain('Tom &amp; Jerry &lt;Clinic&gt;');
    expect(message.html).not.toContain('<Clinic>');
    expect(message.text).toContain('Tom & Jerry <Clinic>');
  });

  it('refuses to render with a missing value instead of sending a hole', () => {
    expect(() => renderer.render(NotificationKind.PASSWORD_RESET, { displayName: 'Ana' })).toThrow(/link|expiresAt/);
  });
});

describe('every notification kind', () => {
  const renderer = new TemplateRenderer(AppConfig.fromEnv({}));
  const session = SESSION;
  const patron = { ...session, partySize: 2, patronName: 'Ana', manageLink: 'https://library.example/registration#token=t', hasQr: true };
  const staff = { ...session, capacity: 20, seatsTaken: 16, waitlistLength: 3 };
  const account = { displayName: 'Ana', link: 'https://library.example/account/password#token=t', expiresAt: '2027-03-01T00:00:00.000Z' };
  // A Record over the enum: a new kind without a sample here does not compile.
  const samples: Record<NotificationKind, Record<string, unknown>> = {
    REGISTRATION_CONFIRMED: { ...patron, resent: false },
    REGISTRATION_WAITLISTED: { ...patron, position: 4 },
    WAITLIST_PROMOTED: patron,
    REGISTRATION_CANCELLED: patron,
    SESSION_REMINDER: { ...patron, leadMinutes: 120 },
    SESSION_RESCHEDULED: { ...patron, previousStartsAt: '2027-03-13T23:00:00.000Z' },
    SESSION_CANCELLED: { ...patron, reason: 'The presenter is ill' },
    CAPACITY_THRESHOLD: { ...staff, percent: 80 },
    WAITLIST_DEMAND: { ...staff, waitlistedSeats: 5 },
    LOW_REGISTRATION: { ...staff, seatsTaken: 1, minAttendance: 5 },
    PROPOSAL_SUBMITTED: { ...session, branchNames: 'Central Library', sessionCount: 4, heldCount: 3, firstStartsAt: session.startsAt },
    PROPOSAL_DECIDED: {
      workshopTitle: session.workshopTitle,
      agencyName: session.agencyName,
      publicUrl: session.publicUrl,
      decision: 'APPROVED',
      comment: 'Welcome',
      scheduledCount: 4,
      excludedCount: 0,
    },
    AGENCY_STATUS_CHANGED: {
      agencyName: 'Senior Benefits Help',
      status: 'VERIFIED',
      previousStatus: 'PENDING',
      reason: null,
      publicUrl: session.publicUrl,
    },
    ACCOUNT_INVITATION: { ...account, invitedBy: 'Lee', role: 'PARTNER', agencyName: 'Senior Benefits Help' },
    PASSWORD_RESET: account,
    FOLLOW_UP: { ...patron, followUpResources: 'Call 1-800-MEDICARE\nhttps://medicare.example' },
    SMS_KEYWORD_REPLY: { keyword: 'HELP', libraryName: 'Central Library', libraryPhone: '+13125550100' },
  };
  const emailKinds = Object.values(NotificationKind).filter((k) => !isTextOnly(k));

  it.each(emailKinds)('%s renders a subject, HTML and plain text', (kind) => {
    const subject = renderer.subject(kind, samples[kind]);
    const { html, text } = renderer.render(kind, samples[kind]);
    expect(subject.length).toBeGreaterThan(10);
    expect(html).toMatch(/^<!doctype html>/);
    expect(text.length).toBeGreaterThan(40);
    for (const part of [html, text]) expect(part).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  it.each(emailKinds.filter((k) => 'workshopTitle' in samples[k] && 'timeZone' in samples[k]))(
    '%s gives the session in the branch’s local time and place',
    (kind) => {
      const { html, text } = renderer.render(kind, samples[kind]);
      for (const part of [html, text]) {
        expect(part).toContain('Sunday, March 14, 2027, 6:00 PM CDT');
        expect(part).toContain('Medicare basics');
      }
    },
  );

  // A cancelled registration has nothing left to manage; the follow-up comes after the session.
  const noLink = new Set([NotificationKind.REGISTRATION_CANCELLED, NotificationKind.SESSION_CANCELLED, NotificationKind.FOLLOW_UP]);
  it.each(Object.values(NotificationKind).filter((k) => 'manageLink' in samples[k] && !noLink.has(k)))(
    '%s tells the patron where, with whom, the room’s features and the manage link',
    (kind) => {
      const { html, text } = renderer.render(kind, samples[kind]);
      // Handlebars writes '=' as &#x3D; in HTML (the same character once the browser decodes it).
      for (const part of [html.replaceAll('&#x3D;', '='), text]) {
        expect(part).toContain('Senior Benefits Help');
        expect(part).toContain('Room B');
        expect(part).toContain('hearing loop');
        expect(part).toContain('https://library.example/registration#token=t');
      }
    },
  );
});

describe('patron messages in Spanish', () => {
  const renderer = new TemplateRenderer(AppConfig.fromEnv({}));
  const patron = {
    ...SESSION,
    workshopTitle: 'Medicare básico',
    agencyName: 'Ayuda con Beneficios',
    partySize: 2,
    patronName: 'Ana',
    manageLink: 'https://library.example/registration#token=t',
    hasQr: true,
    resent: false,
    position: 3,
    leadMinutes: 120,
    previousStartsAt: '2027-03-13T23:00:00.000Z',
    reason: null,
    followUpResources: 'Llame al 1-800-MEDICARE',
  };

  it.each([...PATRON_KINDS].filter((k) => !isTextOnly(k)))(
    '%s exists in Spanish, with dates, times and room features in Spanish',
    (kind) => {
      const spanish = { ...patron, language: 'es' };
      const english = { ...patron, language: 'en' };
      expect(renderer.subject(kind, spanish)).not.toBe(renderer.subject(kind, english));
      const { html, text } = renderer.render(kind, spanish);
      expect(html).toContain('<html lang="es">');
      for (const part of [html, text]) {
        expect(part).toContain('domingo, 14 de marzo de 2027, 6:00 p.m. CDT');
        expect(part).toContain('programas de la biblioteca');
        expect(part).not.toMatch(/undefined|\[object Object\]|NaN|\b(the|your|you)\b/i);
      }
      if (kind !== NotificationKind.FOLLOW_UP) expect(text).toContain('bucle magnético para audífonos');
    },
  );

  it('keeps staff and agency messages in English, whatever language the params carry', () => {
    const subject = renderer.subject(NotificationKind.PASSWORD_RESET, { language: 'es' });
    expect(subject).toBe(renderer.subject(NotificationKind.PASSWORD_RESET, {}));
  });

  it('has every shared word in every language', () => {
    const keys = (language: (typeof MESSAGE_LANGUAGES)[number]) =>
      Object.entries(renderer.words(language))
        .flatMap(([group, words]) => Object.keys(words).map((key) => `${group}.${key}`))
        .sort();
    for (const language of MESSAGE_LANGUAGES) expect(keys(language)).toEqual(keys('en'));
  });
});

describe('matchLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-us', 'es'],
    ['en-GB', 'en'],
    ['fr', null],
    ['not a tag', null],
    ['', null],
  ])('%s → %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });
});

describe('text messages', () => {
  const renderer = new TemplateRenderer(AppConfig.fromEnv({}));
  const patron = {
    ...SESSION,
    partySize: 2,
    position: 3,
    resent: false,
    reason: null,
    previousStartsAt: '2027-03-13T23:00:00.000Z',
    shortLink: 'https://programs.riverside-library.example.org/r/AbCdEfGhIjKl',
  };
  const kinds = [...SMS_KINDS].filter((k) => k !== NotificationKind.SMS_KEYWORD_REPLY);
  const cases = MESSAGE_LANGUAGES.flatMap((language) => kinds.map((kind) => [kind, language] as const));

  it.each(cases)('%s in %s fits two segments, names no topic, and says how to stop only in a first text', (kind, language) => {
    for (const branchName of ['Central Library', 'Biblioteca Pública Rogers Park — Sucursal de la Comunidad del Norte']) {
      for (const introduce of [true, false]) {
        const text = renderer.renderText(kind, { ...patron, branchName, language, introduce });
        expect(sizeOf(text).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
        expect(text).not.toContain('Medicare');
        expect(text).not.toMatch(/undefined|NaN|\{\{/);
        expect(/STOP|PARAR/.test(text)).toBe(introduce);
        if (kind !== NotificationKind.REGISTRATION_CANCELLED && kind !== NotificationKind.SESSION_CANCELLED)
          expect(text).toContain(patron.shortLink);
      }
    }
    const text = renderer.renderText(kind, { ...patron, language, introduce: false });
    expect(text).toContain('Central Library');
    expect(text).toContain(language === 'es' ? '14 de marzo a las 6:00 p.m.' : 'Sun Mar 14, 6:00 PM');
    expect(text).not.toContain('..');
    // A Saturday, with a UCS-2 branch name and a long link: still two segments.
    const saturday = renderer.renderText(kind, {
      ...patron,
      startsAt: '2027-03-13T23:00:00.000Z',
      branchName: 'Biblioteca Pública — Sucursal de la Comunidad del Norte',
      shortLink: 'https://programas.biblioteca-publica-del-condado.example.org/r/AbCdEfGhIjKl',
      language,
      introduce: true,
    });
    expect(sizeOf(saturday).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
  });

  it.each(MESSAGE_LANGUAGES.flatMap((language) => (['STOP', 'START', 'HELP'] as const).map((keyword) => [keyword, language] as const)))(
    'answers %s in %s in one segment or two',
    (keyword, language) => {
      const text = renderer.renderText(NotificationKind.SMS_KEYWORD_REPLY, {
        keyword,
        language,
        libraryName: 'Central Library',
        libraryPhone: '+13125550100',
      });
      expect(text).toMatch(/^Central Library: /);
      expect(sizeOf(text).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
      const long = {
        keyword,
        language,
        libraryName: 'Biblioteca Pública “Rogers Park” — Sucursal de la Comunidad del Norte',
        libraryPhone: '+13125550100',
      };
      expect(sizeOf(renderer.renderText(NotificationKind.SMS_KEYWORD_REPLY, long)).segments).toBeLessThanOrEqual(MAX_SEGMENTS);
      if (keyword === 'HELP') expect(text).toContain('+13125550100');
    },
  );

  it('has a consent sentence in every language, and a version that names them', () => {
    for (const language of MESSAGE_LANGUAGES) expect(renderer.smsConsentText(language)).toMatch(/STOP|PARAR/);
    expect(renderer.smsConsentVersion).toMatch(/^[0-9a-f]{12}$/);
  });
});
