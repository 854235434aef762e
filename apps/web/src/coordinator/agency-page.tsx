import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { CoordinatorAgencyQuery } from './gql/graphql';
import { problemOf, useProblem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { ErrorSummary, Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';
import { ReportTable } from '../ui/report-table';
import { AgencyProfileForm } from './agency-profile-form';
import { addDays, localToday } from './dates';

const AGENCY = graphql(`
  query CoordinatorAgency($id: ID!, $from: Date!, $to: Date!) {
    agency(id: $id) {
      id
      name
      kind
      status
      statusReason
      description
      website
      phone
      contactEmail
      verifiedAt
      members {
        id
        displayName
        email
        active
      }
      workshops(first: 50) {
        nodes {
          id
          title
          status
        }
      }
    }
    agencyReport(agencyId: $id, from: $from, to: $to) {
      ...ReportFields
    }
  }
`);

const VERIFY = graphql(`
  mutation CoordinatorVerify($id: ID!) {
    verifyAgency(id: $id) {
      id
      status
      statusReason
    }
  }
`);

const SUSPEND = graphql(`
  mutation CoordinatorSuspend($id: ID!, $reason: String!) {
    suspendAgency(id: $id, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

const ADD_MEMBER = graphql(`
  mutation CoordinatorAddMember($input: AgencyMemberInput!) {
    addAgencyMember(input: $input) {
      id
    }
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation CoordinatorRemoveMember($userId: ID!) {
    removeAgencyMember(userId: $userId) {
      id
      active
    }
  }
`);

type Agency = NonNullable<CoordinatorAgencyQuery['agency']>;

/** `/coordinator/agencies/:id`: verify or suspend, the members, the workshops, and the last three months' report. */
export function AgencyPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [period] = useState(() => ({ from: addDays(localToday(), -90), to: localToday() }));
  const [result, refetch] = useQuery({ query: AGENCY, variables: { id, ...period } });
  const agency = result.data?.agency;
  usePageTitle(agency?.name ?? t('coord.agencies'));
  const problem = problemOf(result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  if (!agency) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <h1>{agency.name}</h1>
      <p>
        {t(`coord.agencyKinds.${agency.kind}`)}, <strong>{t(`coord.agencyStatus${agency.status}`)}</strong>
        {agency.statusReason ? `: ${agency.statusReason}` : ''}
      </p>
      {agency.description ? <p className="prewrap">{agency.description}</p> : null}
      <p>
        {agency.contactEmail}
        {agency.phone ? `, ${agency.phone}` : ''}
        {agency.website ? `, ${agency.website}` : ''}
      </p>
      <AgencyStatus agency={agency} onChanged={reload} />
      <Members agency={agency} onChanged={reload} />
      <AgencyProfileForm key={agency.id} agency={agency} onSaved={reload} />
      <section aria-labelledby="workshops-heading">
        <h2 id="workshops-heading">{t('coord.workshops')}</h2>
        {agency.workshops.nodes.length ? (
          <ul>
            {agency.workshops.nodes.map((w) => (
              <li key={w.id}>
                <Link to={`/coordinator/proposals/${w.id}`}>{w.title}</Link> ({t(`coord.workshopStatus${w.status}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('coord.none')}</p>
        )}
      </section>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t('coord.agencyReport')}</h2>
        <ReportTable report={result.data.agencyReport} label={t('coord.agencyReport')} keyLabel={t('coord.agency')} />
      </section>
    </>
  );
}

function AgencyStatus({ agency, onChanged }: { agency: Agency; onChanged: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [verifyState, verify] = useMutation(VERIFY);
  const [suspendState, suspend] = useMutation(SUSPEND);
  const [done, setDone] = useState<string | null>(null);
  const problem = problemOf(verifyState.error ?? suspendState.error, t);
  const changed = () => {
    setDone(t('coord.agencyStatusNow', { status: t(`coord.agencyStatus${agency.status === 'VERIFIED' ? 'SUSPENDED' : 'VERIFIED'}`) }));
    onChanged();
  };
  const submitSuspend = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim() && !(await suspend({ id: agency.id, reason: reason.trim() })).error) changed();
  };
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t('coord.verification')}</h2>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      {agency.status !== 'VERIFIED' ? (
        <Button onPress={() => void verify({ id: agency.id }).then((r) => !r.error && changed())}>
          {t('coord.verify', { name: agency.name })}
        </Button>
      ) : null}
      {agency.status !== 'SUSPENDED' ? (
        <Form onSubmit={(e) => void submitSuspend(e)} validationBehavior="aria">
          <TextField
            id="field-suspendReason"
            label={t('coord.suspendReason')}
            hint={t('coord.suspendHint')}
            value={reason}
            onChange={setReason}
            maxLength={1000}
            error={missing ? t('coord.reasonMissing') : undefined}
          />
          <Button type="submit" variant="danger">
            {t('coord.suspend', { name: agency.name })}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}

function Members({ agency, onChanged }: { agency: Agency; onChanged: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ displayName: '', email: '' });
  const [addState, add] = useMutation(ADD_MEMBER);
  const [removeState, remove] = useMutation(REMOVE_MEMBER);
  const [done, setDone] = useState<string | null>(null);
  const addProblem = useProblem(addState.error);
  const removeProblem = problemOf(removeState.error, t);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!(await add({ input: { agencyId: agency.id, ...values } })).error) {
      setDone(t('coord.memberInvited', { email: values.email }));
      setValues({ displayName: '', email: '' });
      onChanged();
    }
  };
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('coord.members')}</h2>
      {removeProblem ? <Notice kind="error">{removeProblem.summary}</Notice> : null}
      <ul>
        {agency.members.map((m) => (
          <li key={m.id}>
            {m.displayName} ({m.email}){m.active ? '' : `, ${t('coord.inactive')}`}{' '}
            {m.active ? (
              <Button
                variant="link"
                onPress={() =>
                  void remove({ userId: m.id }).then((r) => {
                    if (r.error) return;
                    setDone(t('coord.memberRemoved', { name: m.displayName }));
                    onChanged();
                  })
                }
              >
                {t('coord.removeMember', { name: m.displayName })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <h3>{t('coord.addMember')}</h3>
        <ErrorSummary problem={addProblem} labels={{ displayName: t('coord.memberName'), email: t('coord.memberEmail') }} />
        {done ? (
          <Notice kind="ok" takeFocus>
            {done}
          </Notice>
        ) : null}
        <TextField
          id="field-displayName"
          label={t('coord.memberName')}
          value={values.displayName}
          onChange={(v) => setValues({ ...values, displayName: v })}
          maxLength={200}
          error={addProblem?.fields.displayName}
        />
        <TextField
          id="field-email"
          label={t('coord.memberEmail')}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={values.email}
          onChange={(v) => setValues({ ...values, email: v })}
          maxLength={320}
          error={addProblem?.fields.email}
        />
        <Button type="submit">{t('coord.invite')}</Button>
      </Form>
    </section>
  );
}
