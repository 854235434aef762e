import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { useViewer } from '../account/viewer';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ErrorSummary, Notice } from '../ui/notices';

const MEMBERS = graphql(`
  query AgencyMembers($id: ID!) {
    agency(id: $id) {
      id
      members {
        id
        displayName
        email
        active
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddMember($input: AgencyMemberInput!) {
    addAgencyMember(input: $input) {
      id
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeAgencyMember(userId: $userId) {
      id
      active
    }
  }
`);

/** `/partner/members`: who can sign in for the agency; a new member is invited by e-mail. */
export function MembersPage({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  usePageTitle(t('partner.members'));
  const { viewer } = useViewer();
  const [result, reload] = useQuery({ query: MEMBERS, variables: { id: agencyId } });
  const [, add] = useMutation(ADD);
  const [, remove] = useMutation(REMOVE);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const members = (result.data?.agency?.members ?? []).filter((m) => m.active);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    const outcome = await add({ input: { agencyId, displayName: name.trim(), email: email.trim() } });
    setProblem(problemOf(outcome.error, t));
    if (!outcome.error) {
      setInvited(email.trim());
      setName('');
      setEmail('');
      reload({ requestPolicy: 'network-only' });
    }
  };
  const drop = async (userId: string) => {
    const outcome = await remove({ userId });
    setProblem(problemOf(outcome.error, t));
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1>{t('partner.members')}</h1>
      <ul className="members">
        {members.map((m) => (
          <li key={m.id}>
            {m.displayName} <span className="muted">{m.email}</span>{' '}
            {m.id !== viewer?.id && members.length > 1 ? (
              <Button variant="link" onPress={() => void drop(m.id)} aria-label={t('partner.removeMember', { name: m.displayName })}>
                {t('partner.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <h2>{t('partner.invite')}</h2>
      <Form onSubmit={(e) => void invite(e)} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={{ displayName: t('apply.displayName'), email: t('apply.email') }} />
        {invited ? <Notice kind="ok">{t('partner.invited', { email: invited })}</Notice> : null}
        <TextField
          id="field-displayName"
          label={t('apply.displayName')}
          value={name}
          onChange={setName}
          isRequired
          error={problem?.fields.displayName}
        />
        <TextField
          id="field-email"
          label={t('apply.email')}
          value={email}
          onChange={setEmail}
          type="email"
          isRequired
          error={problem?.fields.email}
        />
        <Button type="submit">{t('partner.sendInvite')}</Button>
      </Form>
    </>
  );
}
