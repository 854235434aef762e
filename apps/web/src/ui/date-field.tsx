import type { CalendarDate } from '@internationalized/date';
import type { ReactNode } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, FieldError, Label, Text, type DateFieldProps } from 'react-aria-components';

/** A calendar day typed segment by segment (month, day, year, in the reader's order). */
export function DateField({
  label,
  hint,
  error,
  ...props
}: { label: ReactNode; hint?: ReactNode; error?: string } & Omit<DateFieldProps<CalendarDate>, 'isInvalid' | 'children'>) {
  return (
    <AriaDateField {...props} isInvalid={Boolean(error)} className="field">
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
