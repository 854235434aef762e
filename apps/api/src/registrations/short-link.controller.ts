import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RegistrationsService } from '@app/registrations';
import { RateLimited } from '../abuse/rate-limit.guard';
import { Public } from '../auth/access.decorators';

/**
 * `/r/<code>`: the short manage link of texts and slips. It opens the patron's page with the full
 * token in the fragment (never sent to servers or their logs); a code that opens nothing leads
 * to the same page, which says the link no longer works. Counted like every manage-token look-up.
 */
@Controller('r')
@Public()
export class ShortLinkController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get(':code')
  @RateLimited('manage-token')
  async open(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const registration = await this.registrations.findByShortCode(code);
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    res.redirect(302, registration ? `/registration#token=${this.registrations.tokenOf(registration)}` : '/registration');
  }
}
