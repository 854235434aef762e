import type { ReactNode } from 'react';
import { Checkbox } from './checkbox';

/**
 * A required agreement (to text messages): a checkbox whose error is written next to it and tied
 * to it (aria-describedby), so a screen reader hears why the form did not go.
 */
export function ConsentCheckbox({
  id,
  isSelected,
  onChange,
  error,
  children,
}: {
  id: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  error?: string;
  children: ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <>
      <Checkbox isSelected={isSelected} onChange={onChange} isInvalid={Boolean(error)} aria-describedby={error ? errorId : undefined}>
        {children}
      </Checkbox>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
