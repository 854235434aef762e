import { parseDate } from '@internationalized/date';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { DateField } from '../ui/date-field';
import { Notice } from '../ui/notices';
import { ReportTable } from '../ui/report-table';

const REPORT = graphql(`
  query AgencyReport($agencyId: ID!, $from: Date!, $to: Date!) {
    agencyReport(agencyId: $agencyId, from: $from, to: $to) {
      csvUrl
      rows {
        key
        sessions
        cancelledSessions
        confirmedSeats
        checkedInSeats
        walkIns
        waitlistedSeats
        attendanceRate
      }
      totals {
        key
        sessions
        cancelledSessions
        confirmedSeats
        checkedInSeats
        walkIns
        waitlistedSeats
        attendanceRate
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);
const monthsAgo = (n: number) => {
  const d = new Date();
  d.setMonth(d.getMonth() - n);
  return d.toISOString().slice(0, 10);
};

/** `/partner/report`: the agency's outcomes for a period (for its funders), with the CSV. */
export function ReportPage({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  usePageTitle(t('partner.report'));
  const [from, setFrom] = useState(monthsAgo(3));
  const [to, setTo] = useState(today());
  const [result] = useQuery({ query: REPORT, variables: { agencyId, from, to }, pause: from > to });
  const report = result.data?.agencyReport;
  const problem = problemOf(result.error, t);
  return (
    <>
      <h1>{t('partner.report')}</h1>
      <div className="inline-fields">
        <DateField label={t('catalog.from')} value={parseDate(from)} onChange={(v) => v && setFrom(v.toString())} />
        <DateField
          label={t('catalog.to')}
          value={parseDate(to)}
          onChange={(v) => v && setTo(v.toString())}
          error={from > to ? t('problems.field.after') : undefined}
        />
      </div>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {report ? (
        <>
          <ReportTable report={report} label={t('partner.report')} keyLabel={t('report.key')} />
        </>
      ) : null}
    </>
  );
}
