import { now, parseAbsolute, type ZonedDateTime } from '@internationalized/date';
import type { ReactNode } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, FieldError, Label, Text } from 'react-aria-components';

/**
 * A moment typed segment by segment on a branch's clock (its IANA zone, shown in the field): the
 * value is an ISO instant, or null while the field is incomplete.
 */
export function DateTimeField({
  label,
  hint,
  error,
  value,
  timeZone,
  onChange,
  id,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string | null;
  timeZone: string;
  onChange: (value: string | null) => void;
  id?: string;
}) {
  return (
    <AriaDateField<ZonedDateTime>
      id={id}
      value={value ? parseAbsolute(value, timeZone) : null}
      onChange={(v) => onChange(v ? v.toDate().toISOString() : null)}
      // An empty field starts from now on the branch's clock, so that what is typed is in its zone.
      placeholderValue={now(timeZone).set({ second: 0, millisecond: 0 })}
      granularity="minute"
      hideTimeZone={false}
      isInvalid={Boolean(error)}
      className="field"
    >
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      <FieldError className="field-error">{error}</FieldError>
    </AriaDateField>
  );
}
