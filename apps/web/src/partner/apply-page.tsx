import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { useGoOnceSignedIn } from '../account/viewer';
import { graphql } from './gql';
import type { AgencyKind } from './gql/graphql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ErrorSummary } from '../ui/notices';
import { Select } from '../ui/select';
import { looksLikeEmail } from '../ui/contact-checks';

const APPLY = graphql(`
  mutation Apply($input: PartnerApplicationInput!) {
    applyAsPartner(input: $input, useCookie: true) {
      user {
        id
      }
    }
  }
`);

export const AGENCY_KINDS: AgencyKind[] = [
  'PUBLIC_HEALTH',
  'SOCIAL_SERVICES',
  'NONPROFIT',
  'GOVERNMENT',
  'HEALTHCARE',
  'EDUCATION',
  'OTHER',
];

interface Values {
  name: string;
  kind: string | null;
  description: string;
  contactEmail: string;
  phone: string;
  website: string;
  displayName: string;
  email: string;
  password: string;
}

/** `/apply`: an agency applies to run workshops at the library; its first member signs in at once. */
export default function ApplyPage() {
  const { t } = useI18n();
  usePageTitle(t('apply.title'));
  const goOnceSignedIn = useGoOnceSignedIn();
  const [values, setValues] = useState<Values>({
    name: '',
    kind: null,
    description: '',
    contactEmail: '',
    phone: '',
    website: '',
    displayName: '',
    email: '',
    password: '',
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [state, apply] = useMutation(APPLY);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.name.trim()) fields['agency.name'] = t('problems.field.blank');
    if (!values.kind) fields['agency.kind'] = t('apply.kindMissing');
    if (!looksLikeEmail(values.contactEmail)) fields['agency.contactEmail'] = t('problems.field.email');
    if (values.website.trim() && !/^https?:\/\//i.test(values.website.trim())) fields['agency.website'] = t('apply.websiteHint');
    if (!values.displayName.trim()) fields.displayName = t('problems.field.blank');
    if (!looksLikeEmail(values.email)) fields.email = t('problems.field.email');
    if (values.password.length < 10) fields.password = t('password.tooShort', { count: 10 });
    if (Object.keys(fields).length) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields, conflicts: [] });
      return;
    }
    const result = await apply({
      input: {
        agency: {
          name: values.name.trim(),
          kind: values.kind as AgencyKind,
          description: values.description.trim() || null,
          contactEmail: values.contactEmail.trim(),
          phone: values.phone.trim() || null,
          website: values.website.trim() || null,
        },
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
      },
    });
    setProblem(problemOf(result.error, t));
    if (result.data) {
      goOnceSignedIn(result.data.applyAsPartner.user.id, '/partner');
    }
  };

  const labels = {
    'agency.name': t('apply.name'),
    'agency.kind': t('apply.kind'),
    'agency.contactEmail': t('apply.contactEmail'),
    'agency.website': t('apply.website'),
    'agency.phone': t('apply.phone'),
    displayName: t('apply.displayName'),
    email: t('apply.email'),
    password: t('apply.password'),
  };
  const err = (name: string) => problem?.fields[name];
  return (
    <>
      <h1>{t('apply.title')}</h1>
      <p className="lead">{t('apply.lead')}</p>
      <p>{t('apply.process')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={labels} />
        <h2>{t('apply.agency')}</h2>
        <TextField
          id="field-agency-name"
          label={labels['agency.name']}
          value={values.name}
          onChange={(v) => set('name', v)}
          isRequired
          error={err('agency.name')}
        />
        <Select
          id="field-agency-kind"
          label={labels['agency.kind']}
          options={AGENCY_KINDS.map((k) => ({ id: k, label: t(`agencyKind.${k}`) }))}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          placeholder={t('apply.choose')}
          isRequired
          error={err('agency.kind')}
        />
        <TextField
          label={t('apply.description')}
          hint={t('apply.descriptionHint')}
          value={values.description}
          onChange={(v) => set('description', v)}
          multiline
          error={err('agency.description')}
        />
        <TextField
          id="field-agency-contactEmail"
          label={labels['agency.contactEmail']}
          hint={t('apply.contactEmailHint')}
          value={values.contactEmail}
          onChange={(v) => set('contactEmail', v)}
          type="email"
          autoComplete="email"
          isRequired
          error={err('agency.contactEmail')}
        />
        <TextField
          id="field-agency-phone"
          label={labels['agency.phone']}
          value={values.phone}
          onChange={(v) => set('phone', v)}
          type="tel"
          autoComplete="tel"
          error={err('agency.phone')}
        />
        <TextField
          id="field-agency-website"
          label={labels['agency.website']}
          hint={t('apply.websiteHint')}
          value={values.website}
          onChange={(v) => set('website', v)}
          type="url"
          error={err('agency.website')}
        />
        <h2>{t('apply.you')}</h2>
        <TextField
          id="field-displayName"
          label={labels.displayName}
          value={values.displayName}
          onChange={(v) => set('displayName', v)}
          autoComplete="name"
          isRequired
          error={err('displayName')}
        />
        <TextField
          id="field-email"
          label={labels.email}
          value={values.email}
          onChange={(v) => set('email', v)}
          type="email"
          autoComplete="username"
          isRequired
          error={err('email')}
        />
        <TextField
          id="field-password"
          label={labels.password}
          hint={t('password.hint', { count: 10 })}
          value={values.password}
          onChange={(v) => set('password', v)}
          type="password"
          autoComplete="new-password"
          isRequired
          error={err('password')}
        />
        <div className="actions">
          <Button type="submit" isDisabled={state.fetching}>
            {t('apply.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
