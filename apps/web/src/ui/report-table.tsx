import { useI18n } from '../i18n';
import { TableWrap } from './table-wrap';

/** A row of a program report, as both the agencies' and the coordinators' reports select it. */
export interface ReportRow {
  key: string;
  sessions: number;
  cancelledSessions: number;
  confirmedSeats: number;
  checkedInSeats: number;
  walkIns: number;
  waitlistedSeats: number;
  attendanceRate?: number | null;
}

/**
 * A report as a table (its rows, then the totals) with a bar per row of the people who came
 * (checked in and walk-ins; the number is written beside it), and the CSV link.
 */
export function ReportTable({
  report,
  label,
  keyLabel,
}: {
  report: { csvUrl: string; rows: ReportRow[]; totals: ReportRow };
  label: string;
  keyLabel: string;
}) {
  const { t, language } = useI18n();
  const percent = (rate: number | null | undefined) =>
    rate == null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
  const rows = [...report.rows, report.totals];
  const most = Math.max(1, ...report.rows.map((r) => r.checkedInSeats + r.walkIns));
  return (
    <>
      <TableWrap label={label}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col">{t('report.sessions')}</th>
              <th scope="col">{t('report.cancelled')}</th>
              <th scope="col">{t('report.confirmed')}</th>
              <th scope="col">{t('report.attended')}</th>
              <th scope="col">{t('report.walkIns')}</th>
              <th scope="col">{t('report.waitlisted')}</th>
              <th scope="col">{t('report.rate')}</th>
              <th scope="col">{t('report.came')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const total = i === rows.length - 1;
              const came = row.checkedInSeats + row.walkIns;
              return (
                <tr key={`${row.key}-${i}`} className={total ? 'total' : undefined}>
                  <th scope="row">{total ? t('report.total') : row.key}</th>
                  <td>{row.sessions}</td>
                  <td>{row.cancelledSessions}</td>
                  <td>{row.confirmedSeats}</td>
                  <td>{row.checkedInSeats}</td>
                  <td>{row.walkIns}</td>
                  <td>{row.waitlistedSeats}</td>
                  <td>{percent(row.attendanceRate)}</td>
                  <td>
                    <span className="report-bar">
                      {total ? null : <span className="report-bar__fill" style={{ width: `${(came / most) * 100}%` }} aria-hidden="true" />}
                      <span>{came}</span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <p>
        <a href={report.csvUrl}>{t('report.csv')}</a>
      </p>
    </>
  );
}
