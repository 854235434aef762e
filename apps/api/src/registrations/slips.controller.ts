import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from '@app/errors';
import { Public } from '../auth/access.decorators';
import { Slips } from './slips.service';

/** `GET /slips/<registration id>?expires=…&signature=…`: Registration.slipUrl, a page to print. */
@Controller('slips')
@Public()
export class SlipsController {
  constructor(private readonly slips: Slips) {}

  @Get(':id')
  async slip(
    @Param('id') id: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res() res: Response,
  ) {
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    try {
      res.type('html').send(await this.slips.page(id, expires, signature));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // A person opened this link: a sentence, not JSON.
      res
        .status(error.code === ErrorCode.NOT_FOUND ? 404 : 403)
        .type('text/plain')
        .send(
          error.code === ErrorCode.NOT_FOUND
            ? 'This registration is cancelled, or its session is over: there is no slip to print.'
            : error.message,
        );
    }
  }
}
