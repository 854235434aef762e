import type { Key, ReactNode } from 'react';
import {
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface Option {
  id: string;
  label: string;
}

/** A labelled choice of one option from a list (React Aria's Select: a button and a listbox). */
export function Select({
  label,
  hint,
  error,
  options,
  value,
  onChange,
  placeholder,
  id,
  isRequired,
  autoFocus,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder?: string;
  id?: string;
  isRequired?: boolean;
  /** For a select that replaces the button that opened it: the keyboard stays where the reader was. */
  autoFocus?: boolean;
}) {
  return (
    <AriaSelect
      id={id}
      className="field"
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      placeholder={placeholder}
      autoFocus={autoFocus}
    >
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <AriaButton className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
