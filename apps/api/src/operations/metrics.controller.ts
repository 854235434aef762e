import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MetricsCollector } from '@app/metrics';
import { Public } from '../auth/access.decorators';

/** Prometheus metrics of this API instance and of every running worker (see MetricsCollector). */
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(private readonly collector: MetricsCollector) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async metrics(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.type(this.collector.contentType);
    return this.collector.text();
  }
}
