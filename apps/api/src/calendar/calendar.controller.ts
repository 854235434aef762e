import { Controller, Get, Header, Param } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CalendarService } from '@app/calendar';
import { Clock } from '@app/clock';
import { notFound } from '@app/errors';
import { Public } from '../auth/access.decorators';

/** `<uuid>.ics` → the id; anything else is not a calendar here. */
function idOf(file: string): string {
  const id = file.replace(/\.ics$/, '');
  if (!file.endsWith('.ics') || !isUUID(id)) throw notFound('Calendar');
  return id.toLowerCase();
}

/** Public iCalendar files, for subscribing from any calendar application. */
@Controller('calendar')
@Public()
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
  ) {}

  @Get('sessions/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  session(@Param('file') file: string) {
    return this.calendars.sessionFile(idOf(file));
  }

  @Get('branches/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  branch(@Param('file') file: string) {
    return this.calendars.branchFile(idOf(file), this.clock.now());
  }
}
