import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { useProblem } from '../graphql/problems';
import { Button } from '../ui/button';
import { ErrorSummary, Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';

const UPDATE_AGENCY = graphql(`
  mutation CoordinatorUpdateAgency($id: ID!, $input: UpdateAgencyInput!) {
    updateAgency(id: $id, input: $input) {
      id
      name
      contactEmail
      phone
      website
      description
    }
  }
`);

interface Agency {
  id: string;
  name: string;
  contactEmail?: string | null;
  phone?: string | null;
  website?: string | null;
  description?: string | null;
}

/** The agency's name and how to reach it, as the library keeps them (a new contact, a typo in the name). */
export function AgencyProfileForm({ agency, onSaved }: { agency: Agency; onSaved: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    name: agency.name,
    contactEmail: agency.contactEmail ?? '',
    phone: agency.phone ?? '',
    website: agency.website ?? '',
    description: agency.description ?? '',
  });
  const [done, setDone] = useState(false);
  const [state, update] = useMutation(UPDATE_AGENCY);
  const problem = useProblem(state.error);
  const fields = problem?.fields ?? {};
  const labels = {
    name: t('coord.agencyName'),
    contactEmail: t('coord.agencyEmail'),
    phone: t('coord.agencyPhone'),
    website: t('coord.agencyWebsite'),
    description: t('coord.description'),
  };
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const input = {
      name: values.name.trim(),
      contactEmail: values.contactEmail.trim(),
      phone: values.phone.trim() || null,
      website: values.website.trim() || null,
      description: values.description.trim() || null,
    };
    if (!(await update({ id: agency.id, input })).error) {
      setDone(true);
      onSaved();
    }
  };
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('coord.agencyProfile')}</h2>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={labels} />
        {done ? <Notice kind="ok">{t('coord.agencySaved')}</Notice> : null}
        <TextField id="field-name" label={labels.name} value={values.name} onChange={set('name')} maxLength={200} error={fields.name} />
        <TextField
          id="field-contactEmail"
          label={labels.contactEmail}
          type="email"
          inputMode="email"
          value={values.contactEmail}
          onChange={set('contactEmail')}
          maxLength={320}
          error={fields.contactEmail}
        />
        <TextField
          id="field-phone"
          label={labels.phone}
          type="tel"
          inputMode="tel"
          value={values.phone}
          onChange={set('phone')}
          maxLength={40}
          error={fields.phone}
        />
        <TextField
          id="field-website"
          label={labels.website}
          value={values.website}
          onChange={set('website')}
          maxLength={500}
          error={fields.website}
        />
        <TextField
          id="field-description"
          label={labels.description}
          multiline
          value={values.description}
          onChange={set('description')}
          maxLength={2000}
          error={fields.description}
        />
        <Button type="submit">{t('coord.saveAgency')}</Button>
      </Form>
    </section>
  );
}
