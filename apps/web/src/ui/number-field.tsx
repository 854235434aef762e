import {
  Button as AriaButton,
  FieldError,
  Group,
  Input,
  Label,
  NumberField as AriaNumberField,
  Text,
  type NumberFieldProps,
} from 'react-aria-components';
import type { FieldProps } from './field-props';

/** A whole number with − and + buttons (party sizes, capacities). */
export function NumberField({ label, hint, error, ...props }: FieldProps & Omit<NumberFieldProps, 'isInvalid' | 'children'>) {
  return (
    <AriaNumberField {...props} isInvalid={Boolean(error)} className="field">
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <Group className="number-group">
        <AriaButton slot="decrement" className="button button--secondary">
          −
        </AriaButton>
        <Input className="input" />
        <AriaButton slot="increment" className="button button--secondary">
          +
        </AriaButton>
      </Group>
      <FieldError className="field-error">{error}</FieldError>
    </AriaNumberField>
  );
}
