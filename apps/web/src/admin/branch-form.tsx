import { useMemo, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import type { Problem } from '../graphql/problems';
import { useI18n } from '../i18n';
import { Button } from '../ui/button';
import { ErrorSummary } from '../ui/notices';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';
import { TimeField } from '../ui/time-field';
import { TimeZoneField } from '../ui/time-zone-field';
import { hoursErrors, hoursInput, OpeningHoursEditor, weekOf, type DayHours } from './opening-hours-editor';

/** A branch as the form edits it. */
export interface BranchValues {
  name: string;
  address: string;
  phone: string;
  country: string;
  timeZone: string;
  week: DayHours[];
  maxSessionsPerDay: number | null;
  maxEveningSessionsPerWeek: number | null;
  eveningStartsAt: string;
}

export const NEW_BRANCH: BranchValues = {
  name: '',
  address: '',
  phone: '',
  country: 'US',
  timeZone: '',
  week: weekOf([]),
  maxSessionsPerDay: null,
  maxEveningSessionsPerWeek: null,
  eveningStartsAt: '18:00',
};

/** The API's input (create and update take the same fields). */
export function branchInput(v: BranchValues) {
  return {
    name: v.name.trim(),
    address: v.address.trim() || null,
    phone: v.phone.trim() || null,
    country: v.country.trim().toUpperCase(),
    timeZone: v.timeZone,
    openingHours: hoursInput(v.week),
    programmingLimits: {
      maxSessionsPerDay: v.maxSessionsPerDay,
      maxEveningSessionsPerWeek: v.maxEveningSessionsPerWeek,
      eveningStartsAt: v.eveningStartsAt,
    },
  };
}

const whole = (v: number) => (Number.isFinite(v) ? v : null);

/** Name, contact, time zone, the week's hours and the programming limits; errors beside their fields, nothing typed lost. */
export function BranchForm({
  initial,
  submitLabel,
  problem,
  onSubmit,
}: {
  initial: BranchValues;
  submitLabel: string;
  problem: Problem | null;
  onSubmit: (values: BranchValues) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof BranchValues>(key: K, value: BranchValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  // The week is checked here by the API's own rules, so that a wrong time is marked where it was typed.
  const [invalidWeek, setInvalidWeek] = useState<Problem | null>(null);
  const shown = invalidWeek ?? problem;
  const fields = shown?.fields ?? {};
  const weekError = Object.entries(fields).find(([name]) => name.startsWith('openingHours'))?.[1];
  const labels = {
    name: t('admin.name'),
    timeZone: t('admin.timeZone'),
    phone: t('admin.phone'),
    country: t('admin.country'),
    openingHours: t('admin.hours'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (Object.keys(hoursErrors(values.week, t)).length) {
      const message = t('admin.hoursInvalid');
      setInvalidWeek({
        code: 'BAD_USER_INPUT',
        summary: t('problems.code.BAD_USER_INPUT'),
        fields: { openingHours: message },
        conflicts: [],
      });
      return;
    }
    setInvalidWeek(null);
    void onSubmit(values);
  };
  // The API names the interval (`openingHours.3.closes`); the summary links to the week as a whole.
  const summary = useMemo(
    () => (shown && weekError && !shown.fields.openingHours ? { ...shown, fields: { ...shown.fields, openingHours: weekError } } : shown),
    [shown, weekError],
  );
  return (
    <Form onSubmit={submit} validationBehavior="aria">
      <ErrorSummary problem={summary} labels={labels} />
      <TextField
        id="field-name"
        label={labels.name}
        value={values.name}
        onChange={(v) => set('name', v)}
        maxLength={200}
        error={fields.name}
      />
      <TextField
        id="field-address"
        label={t('admin.address')}
        value={values.address}
        onChange={(v) => set('address', v)}
        maxLength={500}
        error={fields.address}
      />
      <TextField
        id="field-phone"
        label={labels.phone}
        hint={t('admin.phoneHint')}
        type="tel"
        inputMode="tel"
        value={values.phone}
        onChange={(v) => set('phone', v)}
        maxLength={40}
        error={fields.phone}
      />
      <TextField
        id="field-country"
        label={labels.country}
        hint={t('admin.countryHint')}
        value={values.country}
        onChange={(v) => set('country', v)}
        maxLength={2}
        error={fields.country}
      />
      <TimeZoneField
        id="field-timeZone"
        label={labels.timeZone}
        hint={t('admin.timeZoneHint')}
        value={values.timeZone}
        onChange={(v) => set('timeZone', v)}
        error={fields.timeZone}
      />
      <OpeningHoursEditor
        week={values.week}
        onChange={(week) => {
          set('week', week);
          // Once the marked times are right, the summary about them goes.
          if (invalidWeek && !Object.keys(hoursErrors(week, t)).length) setInvalidWeek(null);
        }}
        error={weekError}
      />
      <fieldset className="fieldset">
        <legend>{t('admin.limits')}</legend>
        <p className="hint">{t('admin.limitsHint')}</p>
        <NumberField
          label={t('admin.perDay')}
          minValue={0}
          maxValue={100}
          value={values.maxSessionsPerDay ?? NaN}
          onChange={(v) => set('maxSessionsPerDay', whole(v))}
          error={fields['programmingLimits.maxSessionsPerDay']}
        />
        <NumberField
          label={t('admin.eveningsPerWeek')}
          minValue={0}
          maxValue={100}
          value={values.maxEveningSessionsPerWeek ?? NaN}
          onChange={(v) => set('maxEveningSessionsPerWeek', whole(v))}
          error={fields['programmingLimits.maxEveningSessionsPerWeek']}
        />
        <TimeField label={t('admin.eveningFrom')} value={values.eveningStartsAt} onChange={(v) => set('eveningStartsAt', v)} />
      </fieldset>
      <Button type="submit">{submitLabel}</Button>
    </Form>
  );
}
