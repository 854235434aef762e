import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { AgencyKind, AgencyProfileQuery } from './gql/graphql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ErrorSummary, Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { AGENCY_KINDS } from './apply-page';

const PROFILE = graphql(`
  query AgencyProfile($id: ID!) {
    agency(id: $id) {
      id
      name
      kind
      description
      contactEmail
      phone
      website
    }
  }
`);

const SAVE = graphql(`
  mutation SaveAgency($id: ID!, $input: UpdateAgencyInput!) {
    updateAgency(id: $id, input: $input) {
      id
      name
    }
  }
`);

/** `/partner/profile`: what the public and the library know of the agency. */
export function ProfilePage({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  usePageTitle(t('partner.profile'));
  const [result] = useQuery({ query: PROFILE, variables: { id: agencyId } });
  const agency = result.data?.agency;
  if (!agency) return <p className="muted">{t('common.loading')}</p>;
  return <ProfileForm agency={agency} />;
}

function ProfileForm({ agency }: { agency: NonNullable<AgencyProfileQuery['agency']> }) {
  const { t } = useI18n();
  const agencyId = agency.id;
  const [, save] = useMutation(SAVE);
  // The form starts from the profile as it is.
  const [values, setValues] = useState({
    name: agency.name,
    kind: agency.kind as string | null,
    description: agency.description ?? '',
    contactEmail: agency.contactEmail ?? '',
    phone: agency.phone ?? '',
    website: agency.website ?? '',
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof typeof values, value: string | null) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await save({
      id: agencyId,
      input: {
        name: values.name.trim(),
        kind: values.kind as AgencyKind,
        description: values.description.trim() || null,
        contactEmail: values.contactEmail.trim(),
        phone: values.phone.trim() || null,
        website: values.website.trim() || null,
      },
    });
    setProblem(problemOf(outcome.error, t));
    setSaved(!outcome.error);
  };

  return (
    <>
      <h1>{t('partner.profile')}</h1>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary
          problem={problem}
          labels={{ name: t('apply.name'), contactEmail: t('apply.contactEmail'), website: t('apply.website') }}
        />
        {saved ? <Notice kind="ok">{t('partner.profileSaved')}</Notice> : null}
        <TextField
          id="field-name"
          label={t('apply.name')}
          value={values.name}
          onChange={(v) => set('name', v)}
          isRequired
          error={problem?.fields.name}
        />
        <Select
          label={t('apply.kind')}
          options={AGENCY_KINDS.map((k) => ({ id: k, label: t(`agencyKind.${k}`) }))}
          value={values.kind}
          onChange={(v) => set('kind', v)}
        />
        <TextField label={t('apply.description')} value={values.description} onChange={(v) => set('description', v)} multiline />
        <TextField
          id="field-contactEmail"
          label={t('apply.contactEmail')}
          hint={t('apply.contactEmailHint')}
          value={values.contactEmail}
          onChange={(v) => set('contactEmail', v)}
          type="email"
          isRequired
          error={problem?.fields.contactEmail}
        />
        <TextField label={t('apply.phone')} value={values.phone} onChange={(v) => set('phone', v)} type="tel" />
        <TextField
          id="field-website"
          label={t('apply.website')}
          hint={t('apply.websiteHint')}
          value={values.website}
          onChange={(v) => set('website', v)}
          type="url"
          error={problem?.fields.website}
        />
        <Button type="submit">{t('partner.saveProfile')}</Button>
      </Form>
    </>
  );
}
