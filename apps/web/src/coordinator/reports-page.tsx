import { parseDate } from '@internationalized/date';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { ReportGrouping } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { DateField } from '../ui/date-field';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { ReportTable } from '../ui/report-table';
import { addDays, localToday } from './dates';

const REPORT = graphql(`
  query CoordinatorReport($from: Date!, $to: Date!, $groupBy: ReportGrouping, $branchId: ID) {
    branches {
      id
      name
    }
    programReport(from: $from, to: $to, groupBy: $groupBy, branchId: $branchId) {
      ...ReportFields
    }
  }
`);

graphql(`
  fragment ReportFields on ProgramReport {
    csvUrl
    rows {
      ...ReportRowFields
    }
    totals {
      ...ReportRowFields
    }
  }
`);

graphql(`
  fragment ReportRowFields on ReportRow {
    id
    key
    sessions
    cancelledSessions
    confirmedSeats
    checkedInSeats
    walkIns
    waitlistedSeats
    attendanceRate
  }
`);

const EVERY_BRANCH = 'all';

/** `/coordinator/reports`: the program report by agency, tag or branch for a period, at one branch or all, with the CSV. */
export function ReportsPage() {
  const { t } = useI18n();
  usePageTitle(t('coord.reports'));
  const [from, setFrom] = useState(() => addDays(localToday(), -30));
  const [to, setTo] = useState(() => addDays(localToday(), 30));
  const [groupBy, setGroupBy] = useState<ReportGrouping>('AGENCY');
  const [branch, setBranch] = useState(EVERY_BRANCH);
  const [result] = useQuery({
    query: REPORT,
    variables: { from, to, groupBy, branchId: branch === EVERY_BRANCH ? null : branch },
    pause: from > to,
  });
  const problem = problemOf(result.error, t);
  const branches = result.data?.branches ?? [];
  return (
    <>
      <h1>{t('coord.reportsTitle')}</h1>
      <div className="inline-fields">
        <DateField label={t('coord.from')} value={parseDate(from)} onChange={(v) => v && setFrom(v.toString())} />
        <DateField
          label={t('coord.to')}
          value={parseDate(to)}
          onChange={(v) => v && setTo(v.toString())}
          error={from > to ? t('coord.toBeforeFrom') : undefined}
        />
        <Select
          label={t('coord.branch')}
          options={[{ id: EVERY_BRANCH, label: t('coord.everyBranch') }, ...branches.map((b) => ({ id: b.id, label: b.name }))]}
          value={branch}
          onChange={(v) => setBranch(v ?? EVERY_BRANCH)}
        />
      </div>
      <RadioGroup className="fieldset" value={groupBy} onChange={(v) => setGroupBy(v as ReportGrouping)} orientation="horizontal">
        <Label className="group-label">{t('coord.groupBy')}</Label>
        {(['AGENCY', 'TAG', 'BRANCH'] as const).map((g) => (
          <Radio key={g} value={g} className="radio">
            {t(`coord.group${g}`)}
          </Radio>
        ))}
      </RadioGroup>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {result.data ? (
        <ReportTable report={result.data.programReport} label={t('coord.reportsTitle')} keyLabel={t(`coord.group${groupBy}`)} />
      ) : null}
    </>
  );
}
