import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { AdminSettingsQuery } from './gql/graphql';
import { problemOf, useProblem, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { ErrorSummary, Notice } from '../ui/notices';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';

const SETTINGS = graphql(`
  query AdminSettings {
    settings {
      reminderLeadMinutes
      capacityThresholds
      waitlistDemandThreshold
      lowRegistrationLeadHours
      retentionDays
      registrationOpensDaysBefore
      registrationClosesMinutesBefore
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateSettings($input: SettingsInput!) {
    updateSettings(input: $input) {
      reminderLeadMinutes
      capacityThresholds
      waitlistDemandThreshold
      lowRegistrationLeadHours
      retentionDays
      registrationOpensDaysBefore
      registrationClosesMinutesBefore
    }
  }
`);

type Settings = AdminSettingsQuery['settings'];
type Counts = 'waitlistDemandThreshold' | 'lowRegistrationLeadHours' | 'retentionDays' | 'registrationClosesMinutesBefore';
const COUNTS: Counts[] = ['waitlistDemandThreshold', 'lowRegistrationLeadHours', 'retentionDays', 'registrationClosesMinutesBefore'];

/** "1440, 120" → [1440, 120]; null when it is not a list of whole numbers. */
const numbers = (text: string): number[] | null => {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : null;
};

/** `/admin/settings`: the service's few settings, each said in one sentence. */
export function SettingsPage() {
  const { t } = useI18n();
  usePageTitle(t('admin.settingsTitle'));
  const [result] = useQuery({ query: SETTINGS });
  const problem = problemOf(result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('admin.settingsTitle')}</h1>
      <SettingsForm settings={result.data.settings} />
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    ...settings,
    reminders: settings.reminderLeadMinutes.join(', '),
    thresholds: settings.capacityThresholds.map((f) => Math.round(f * 100)).join(', '),
  });
  const [local, setLocal] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [state, update] = useMutation(UPDATE);
  const server = useProblem(state.error);
  const problem = local ?? server;
  const fields = problem?.fields ?? {};
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const reminders = numbers(values.reminders);
    const thresholds = numbers(values.thresholds);
    const wrong: Record<string, string> = {};
    if (!reminders) wrong.reminderLeadMinutes = t('admin.listInvalid');
    if (!thresholds) wrong.capacityThresholds = t('admin.listInvalid');
    setLocal(
      Object.keys(wrong).length
        ? { code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields: wrong, conflicts: [] }
        : null,
    );
    if (!reminders || !thresholds) return;
    const input = {
      ...Object.fromEntries(COUNTS.map((key) => [key, values[key]])),
      registrationOpensDaysBefore: values.registrationOpensDaysBefore ?? null,
      reminderLeadMinutes: reminders,
      capacityThresholds: thresholds.map((p) => p / 100),
    };
    setDone(!(await update({ input })).error);
  };
  const labels = Object.fromEntries(
    [...COUNTS, 'reminderLeadMinutes', 'capacityThresholds', 'registrationOpensDaysBefore'].map((key) => [key, t(`admin.${key}`)]),
  );
  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
      <ErrorSummary problem={problem} labels={labels} />
      {done ? <Notice kind="ok">{t('admin.settingsSaved')}</Notice> : null}
      <TextField
        id="field-reminderLeadMinutes"
        label={labels.reminderLeadMinutes}
        hint={t('admin.reminderLeadMinutesHint')}
        value={values.reminders}
        onChange={(v) => set('reminders', v)}
        maxLength={100}
        error={fields.reminderLeadMinutes}
      />
      <TextField
        id="field-capacityThresholds"
        label={labels.capacityThresholds}
        hint={t('admin.capacityThresholdsHint')}
        value={values.thresholds}
        onChange={(v) => set('thresholds', v)}
        maxLength={100}
        error={fields.capacityThresholds}
      />
      {COUNTS.map((key) => (
        <NumberField
          key={key}
          id={`field-${key}`}
          label={labels[key]}
          hint={t(`admin.${key}Hint`)}
          minValue={0}
          value={values[key]}
          onChange={(v) => set(key, Number.isFinite(v) ? v : 0)}
          error={fields[key]}
        />
      ))}
      <NumberField
        id="field-registrationOpensDaysBefore"
        label={labels.registrationOpensDaysBefore}
        hint={t('admin.registrationOpensDaysBeforeHint')}
        minValue={0}
        value={values.registrationOpensDaysBefore ?? NaN}
        onChange={(v) => set('registrationOpensDaysBefore', Number.isFinite(v) ? v : null)}
        error={fields.registrationOpensDaysBefore}
      />
      <Button type="submit">{t('admin.saveSettings')}</Button>
    </Form>
  );
}
