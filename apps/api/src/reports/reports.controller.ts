import { Controller, Get, Header, Query } from '@nestjs/common';
import { ReportsService } from '@app/reports';
import { Public } from '../auth/access.decorators';

/** The CSV behind ProgramReport.csvUrl: the signed link is the permission, for ten minutes. */
@Controller('reports')
@Public()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('report.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="commonroom-report.csv"')
  @Header('cache-control', 'no-store')
  csv(@Query() query: Record<string, string | undefined>) {
    return this.reports.csv(query);
  }
}
