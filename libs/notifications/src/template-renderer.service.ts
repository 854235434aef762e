import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import { AppConfig } from '@app/config';
import { NotificationKind } from './notification.enums';

export interface RenderedMessage {
  html: string;
  text: string;
}

type Template = (context: Record<string, unknown>) => string;

interface KindTemplates {
  subject: Template;
  html: Template;
  text: Template;
}

/** `AGENCY_STATUS_CHANGED` → `agency-status-changed`, the kind's template folder. */
export const templateFolder = (kind: NotificationKind): string => kind.toLowerCase().replace(/_/g, '-');

/**
 * Formats an instant in a zone, remembering the last few: every message of a fan-out shows the
 * same session's times, and luxon reads the zone's rules again for each formatting.
 */
class InstantFormats {
  private readonly known = new Map<string, string>();

  format(value: unknown, zone: unknown, pattern: string): string {
    const key = `${String(value instanceof Date ? value.toISOString() : value)}|${String(zone)}|${pattern}`;
    let text = this.known.get(key);
    if (text === undefined) {
      const instant = asInstant(value);
      text = instant
        ? instant
            .setZone(typeof zone === 'string' ? zone : 'UTC')
            .setLocale('en-US')
            .toFormat(pattern)
        : '';
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

/**
 * Renders messages from the template files: for each kind a folder with `subject.hbs`,
 * `html.hbs` and `text.hbs`; the layouts `layout.html.hbs` and `layout.text.hbs`; and shared
 * pieces in `partials/`.
 * HTML is escaped by Handlebars; subjects and plain text are not (they are not HTML). The files
 * are read and compiled once, when the service is created.
 */
@Injectable()
export class TemplateRenderer {
  private readonly templates = new Map<NotificationKind, KindTemplates>();
  private readonly html = Handlebars.create();
  private readonly plain = Handlebars.create();

  constructor(config: AppConfig) {
    const formats = new InstantFormats();
    for (const hbs of [this.html, this.plain]) {
      hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
      // {{localDateTime startsAt timeZone}} → "Tuesday, March 2, 2027, 6:00 PM CST"
      hbs.registerHelper('localDateTime', (value: unknown, zone: unknown) =>
        formats.format(value, zone, 'cccc, LLLL d, yyyy, h:mm a ZZZZ'),
      );
      hbs.registerHelper('localTime', (value: unknown, zone: unknown) => formats.format(value, zone, 'h:mm a'));
    }
    this.load(config.templateDir);
  }

  private load(dir: string): void {
    if (!existsSync(dir)) throw new Error(`TEMPLATE_DIR: no template folder at ${dir}`);
    this.html.registerPartial('layout', readFileSync(join(dir, 'layout.html.hbs'), 'utf8'));
    this.plain.registerPartial('layout', readFileSync(join(dir, 'layout.text.hbs'), 'utf8'));
    // partials/<name>.html.hbs and partials/<name>.text.hbs: shared pieces, e.g. a session's details.
    const partials = join(dir, 'partials');
    if (existsSync(partials)) {
      for (const file of readdirSync(partials)) {
        const match = /^(.+)\.(html|text)\.hbs$/.exec(file);
        if (match) (match[2] === 'html' ? this.html : this.plain).registerPartial(match[1], readFileSync(join(partials, file), 'utf8'));
      }
    }
    const folders = new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    );
    for (const kind of Object.values(NotificationKind)) {
      const folder = templateFolder(kind);
      if (!folders.has(folder)) throw new Error(`TEMPLATE_DIR: no templates for ${kind} (a folder named ${folder})`);
      const read = (file: string) => readFileSync(join(dir, folder, file), 'utf8');
      this.templates.set(kind, {
        subject: this.plain.compile(read('subject.hbs'), { noEscape: true, strict: true }),
        html: this.html.compile(read('html.hbs'), { strict: true }),
        text: this.plain.compile(read('text.hbs'), { noEscape: true, strict: true }),
      });
    }
  }

  private templatesOf(kind: NotificationKind): KindTemplates {
    const found = this.templates.get(kind);
    if (!found) throw new Error(`No templates for notification kind ${kind}`);
    return found;
  }

  subject(kind: NotificationKind, context: Record<string, unknown>): string {
    return this.templatesOf(kind).subject(context).replace(/\s+/g, ' ').trim();
  }

  render(kind: NotificationKind, context: Record<string, unknown>): RenderedMessage {
    const templates = this.templatesOf(kind);
    return {
      html: templates.html(context),
      text:
        templates
          .text(context)
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
    };
  }
}
