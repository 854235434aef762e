import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import { AppConfig } from '@app/config';
import { NotificationKind } from './notification.enums';
import {
  DEFAULT_LANGUAGE,
  isTextOnly,
  languageOf,
  MESSAGE_LANGUAGES,
  PATRON_KINDS,
  SMS_KINDS,
  type MessageLanguage,
} from './message-languages';
import { MAX_SEGMENTS, sizeOf } from './sms-text';

export interface RenderedMessage {
  html: string;
  text: string;
}

type Template = (context: Record<string, unknown>) => string;

interface KindTemplates {
  subject: Template;
  /** E-mail parts; absent for kinds that exist only as texts. */
  html: Template | null;
  text: Template | null;
  /** The text message, for the kinds that go by SMS. */
  sms: Template | null;
}

/** `AGENCY_STATUS_CHANGED` → `agency-status-changed`, the kind's template folder. */
export const templateFolder = (kind: NotificationKind): string => kind.toLowerCase().replace(/_/g, '-');

/** How a language writes a session's day and time: English keeps its long-standing pattern, the others their own order (Intl). */
type Style = 'long' | 'time' | 'brief';
const DATE_TIME: Record<MessageLanguage, Record<Style, string | Intl.DateTimeFormatOptions>> = {
  en: { long: 'cccc, LLLL d, yyyy, h:mm a ZZZZ', time: 'h:mm a', brief: 'ccc LLL d, h:mm a' },
  es: {
    long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
    time: { hour: 'numeric', minute: '2-digit' },
    // No weekday: sábado would make every Saturday text UCS-2 (half as long); the date says it all.
    brief: { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' },
  },
};
// The libraries are in the United States: Spanish as written there (6:00 p.m. CDT).
const LOCALE: Record<MessageLanguage, string> = { en: 'en-US', es: 'es-US' };

/**
 * Formats an instant in a zone, remembering the last few: every message of a fan-out shows the
 * same session's times, and luxon reads the zone's rules again for each formatting.
 */
class InstantFormats {
  private readonly known = new Map<string, string>();

  format(value: unknown, zone: unknown, language: MessageLanguage, style: Style): string {
    const key = `${String(value instanceof Date ? value.toISOString() : value)}|${String(zone)}|${language}|${style}`;
    let text = this.known.get(key);
    if (text === undefined) {
      const instant = asInstant(value)
        ?.setZone(typeof zone === 'string' ? zone : 'UTC')
        .setLocale(LOCALE[language]);
      const format = DATE_TIME[language][style];
      text = !instant ? '' : typeof format === 'string' ? instant.toFormat(format) : instant.toLocaleString(format);
      if (this.known.size >= 1_000) this.known.clear();
      this.known.set(key, text);
    }
    return text;
  }
}

const asInstant = (value: unknown): DateTime | null => {
  if (value instanceof Date) return DateTime.fromJSDate(value);
  if (typeof value === 'string' || typeof value === 'number') {
    const parsed = typeof value === 'number' ? DateTime.fromMillis(value) : DateTime.fromISO(value);
    return parsed.isValid ? parsed : null;
  }
  return null;
};

/** The small words messages share, per language (`words.json`): room features, the calendar file's lines. */
export type MessageWords = Record<string, Record<string, string>>;

/** One language's templates, with its own layout, partials and words. */
interface LanguageSet {
  html: typeof Handlebars;
  plain: typeof Handlebars;
  words: MessageWords;
  kinds: Map<NotificationKind, KindTemplates>;
  /** The printable registration slip (`slip/page.hbs`). */
  slip: Template;
}

/**
 * Renders messages from the template files: for each kind a folder with `subject.hbs`,
 * `html.hbs` and `text.hbs`; the layouts `layout.html.hbs` and `layout.text.hbs`; shared pieces
 * in `partials/`; and `words.json`. That is English; each other message language has the same
 * for every patron kind in a folder of its name (`es/`), and a missing one stops the service at
 * start (so a test fails, not a patron). Staff and agency messages are English only.
 * HTML is escaped by Handlebars; subjects and plain text are not (they are not HTML). The files
 * are read and compiled once, when the service is created.
 */
@Injectable()
export class TemplateRenderer {
  private readonly languages = new Map<MessageLanguage, LanguageSet>();
  private consentVersion: string | null = null;
  private readonly slipStyle: string;

  constructor(config: AppConfig) {
    const formats = new InstantFormats();
    if (!existsSync(config.templateDir)) throw new Error(`TEMPLATE_DIR: no template folder at ${config.templateDir}`);
    this.slipStyle = readFileSync(join(config.templateDir, 'slip', 'slip.css'), 'utf8');
    for (const language of MESSAGE_LANGUAGES) {
      const dir = language === DEFAULT_LANGUAGE ? config.templateDir : join(config.templateDir, language);
      const kinds = language === DEFAULT_LANGUAGE ? Object.values(NotificationKind) : [...PATRON_KINDS];
      this.languages.set(language, this.load(dir, language, kinds, formats));
    }
  }

  private load(dir: string, language: MessageLanguage, kinds: NotificationKind[], formats: InstantFormats): LanguageSet {
    const where = `TEMPLATE_DIR (${language})`;
    if (!existsSync(dir)) throw new Error(`${where}: no template folder at ${dir}`);
    const words = JSON.parse(readFileSync(join(dir, 'words.json'), 'utf8')) as MessageWords;
    const html = Handlebars.create();
    const slipFile = join(dir, 'slip', 'page.hbs');
    if (!existsSync(slipFile)) throw new Error(`${where}: no slip template at ${slipFile}`);
    const set: LanguageSet = { html, plain: Handlebars.create(), words, kinds: new Map(), slip: () => '' };
    for (const hbs of [set.html, set.plain]) {
      hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
      // {{localDateTime startsAt timeZone}} → "Tuesday, March 2, 2027, 6:00 PM CST" (en)
      hbs.registerHelper('localDateTime', (value: unknown, zone: unknown) => formats.format(value, zone, language, 'long'));
      hbs.registerHelper('localTime', (value: unknown, zone: unknown) => formats.format(value, zone, language, 'time'));
      // {{briefDateTime startsAt timeZone}} → "Tue Mar 2, 6:00 PM" (en), for texts
      hbs.registerHelper('briefDateTime', (value: unknown, zone: unknown) => formats.format(value, zone, language, 'brief'));
      // {{features roomFeatures}}: "WHEELCHAIR_ACCESSIBLE,HEARING_LOOP" → "wheelchair accessible, hearing loop"
      hbs.registerHelper('features', (codes: unknown) => featureNames(codes, words.features ?? {}));
    }
    set.slip = set.html.compile(readFileSync(slipFile, 'utf8'), { strict: true });
    set.html.registerPartial('layout', readFileSync(join(dir, 'layout.html.hbs'), 'utf8'));
    set.plain.registerPartial('layout', readFileSync(join(dir, 'layout.text.hbs'), 'utf8'));
    // partials/<name>.html.hbs and partials/<name>.text.hbs: shared pieces, e.g. a session's details.
    const partials = join(dir, 'partials');
    if (existsSync(partials)) {
      for (const file of readdirSync(partials)) {
        const match = /^(.+)\.(html|text)\.hbs$/.exec(file);
        if (match) (match[2] === 'html' ? set.html : set.plain).registerPartial(match[1], readFileSync(join(partials, file), 'utf8'));
      }
    }
    const folders = new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    );
    for (const kind of kinds) {
      const folder = templateFolder(kind);
      if (!folders.has(folder)) throw new Error(`${where}: no templates for ${kind} (a folder named ${folder})`);
      const read = (file: string) => readFileSync(join(dir, folder, file), 'utf8');
      const plain = (file: string) => set.plain.compile(read(file), { noEscape: true, strict: true });
      set.kinds.set(kind, {
        subject: plain('subject.hbs'),
        html: isTextOnly(kind) ? null : set.html.compile(read('html.hbs'), { strict: true }),
        text: isTextOnly(kind) ? null : plain('text.hbs'),
        sms: SMS_KINDS.has(kind) ? plain('sms.hbs') : null,
      });
    }
    return set;
  }

  /** The kind's templates in the params' language; English for staff messages. */
  private templatesOf(kind: NotificationKind, context: Record<string, unknown>): KindTemplates {
    const found = this.languages.get(languageOf(context))?.kinds.get(kind) ?? this.languages.get(DEFAULT_LANGUAGE)?.kinds.get(kind);
    if (!found) throw new Error(`No templates for notification kind ${kind}`);
    return found;
  }

  /** The printable slip of a registration, a whole HTML page in its language (print CSS: a page, or an 80 mm receipt roll). */
  renderSlip(language: MessageLanguage, context: Record<string, unknown>): string {
    const set = this.languages.get(language) ?? (this.languages.get(DEFAULT_LANGUAGE) as LanguageSet);
    return set.slip({ ...context, style: this.slipStyle });
  }

  /** The sentence a patron agrees to for text messages, in a message language. */
  smsConsentText(language: MessageLanguage): string {
    return this.words(language).sms.consent;
  }

  /** Changes whenever a consent sentence changes, in any language: consent records keep it. */
  get smsConsentVersion(): string {
    this.consentVersion ??= createHash('sha256')
      .update(JSON.stringify(MESSAGE_LANGUAGES.map((language) => this.smsConsentText(language))))
      .digest('hex')
      .slice(0, 12);
    return this.consentVersion;
  }

  /** A message language's shared words (room features, the calendar file's lines). */
  words(language: MessageLanguage): MessageWords {
    return (this.languages.get(language) ?? (this.languages.get(DEFAULT_LANGUAGE) as LanguageSet)).words;
  }

  subject(kind: NotificationKind, context: Record<string, unknown>): string {
    return this.templatesOf(kind, context).subject(context).replace(/\s+/g, ' ').trim();
  }

  render(kind: NotificationKind, context: Record<string, unknown>): RenderedMessage {
    const templates = this.templatesOf(kind, context);
    if (!templates.html || !templates.text) throw new Error(`${kind} exists only as a text message`);
    return {
      html: templates.html(context),
      text:
        templates
          .text(context)
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
    };
  }

  /**
   * The text message of a kind, in at most two segments: the full wording, else the brief one
   * (`brief` true: the templates leave out what can go); longer than that is a mistake in a
   * template, and throws.
   */
  renderText(kind: NotificationKind, context: Record<string, unknown>): string {
    const template = this.templatesOf(kind, context).sms;
    if (!template) throw new Error(`${kind} is not sent as a text message`);
    for (const brief of [false, true]) {
      const text = template({ ...context, brief })
        .replace(/\s+/g, ' ')
        .trim();
      if (sizeOf(text).segments <= MAX_SEGMENTS) return text;
    }
    throw new Error(`the text for ${kind} does not fit in ${MAX_SEGMENTS} segments`);
  }
}

/** Room feature codes, comma-separated, in words; what is not a code (rows written before codes) stays as it is. */
function featureNames(codes: unknown, names: Record<string, string>): string {
  if (typeof codes !== 'string' || !codes) return '';
  return codes
    .split(',')
    .map((code) => names[code.trim()] ?? code.trim())
    .join(', ');
}
