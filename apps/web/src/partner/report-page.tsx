import { parseDate } from '@internationalized/date';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { DateField } from '../ui/date-field';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';

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
  const { t, language } = useI18n();
  usePageTitle(t('partner.report'));
  const [from, setFrom] = useState(monthsAgo(3));
  const [to, setTo] = useState(today());
  const [result] = useQuery({ query: REPORT, variables: { agencyId, from, to }, pause: from > to });
  const report = result.data?.agencyReport;
  const problem = problemOf(result.error, t);
  const percent = (rate: number | null | undefined) =>
    rate == null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
  const rows = report ? [...report.rows, report.totals] : [];
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
          <TableWrap label={t('partner.report')}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('report.key')}</th>
                  <th scope="col">{t('report.sessions')}</th>
                  <th scope="col">{t('report.cancelled')}</th>
                  <th scope="col">{t('report.confirmed')}</th>
                  <th scope="col">{t('report.attended')}</th>
                  <th scope="col">{t('report.walkIns')}</th>
                  <th scope="col">{t('report.waitlisted')}</th>
                  <th scope="col">{t('report.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={`${row.key}-${i}`}>
                    <th scope="row">{row.key === 'total' ? t('report.total') : row.key}</th>
                    <td>{row.sessions}</td>
                    <td>{row.cancelledSessions}</td>
                    <td>{row.confirmedSeats}</td>
                    <td>{row.checkedInSeats}</td>
                    <td>{row.walkIns}</td>
                    <td>{row.waitlistedSeats}</td>
                    <td>{percent(row.attendanceRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p>
            <a href={report.csvUrl}>{t('report.csv')}</a>
          </p>
        </>
      ) : null}
    </>
  );
}
