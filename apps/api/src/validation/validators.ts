import { applyDecorators } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

/** Omitted is fine; null is not (the field cannot be cleared). Validators after it apply to null. */
export const OmitOrSet = (): PropertyDecorator => ValidateIf((_o, value) => value !== undefined);

/** Letters or other visible characters: no control characters in names and titles. */
export const NO_CONTROL = /^\P{Cc}*$/u;

/** Several lines: tab and line breaks are the only control characters allowed. */
const NO_CONTROL_BUT_LINES = /^[\t\n\r\P{Cc}]*$/u;

/** A required one-line name: trimmed length 1..max, no control characters. */
export const NameText = (max = 200): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Matches(/\S/, { message: 'must not be blank' }),
    MaxLength(max),
    Matches(NO_CONTROL, { message: 'must not contain control characters' }),
  );

/** An optional one-line text (null clears it). */
export const OptionalLine = (max: number): PropertyDecorator =>
  applyDecorators(IsOptional(), IsString(), MaxLength(max), Matches(NO_CONTROL, { message: 'must not contain control characters' }));

/** Optional free text, several lines allowed (null clears it). */
export const OptionalText = (max: number): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    IsString(),
    MaxLength(max),
    // Control characters other than tab and line breaks.
    Matches(NO_CONTROL_BUT_LINES, { message: 'must not contain control characters' }),
  );

/** Required free text, several lines allowed: not blank, at most `max` characters, no control characters. */
export const LongText = (max: number): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Matches(/\S/, { message: 'must not be blank' }),
    MaxLength(max),
    Matches(NO_CONTROL_BUT_LINES, { message: 'must not contain control characters' }),
  );

/** An id of the contract (a UUID), with the one message every input uses. */
export const IsId = (): PropertyDecorator => IsUUID('all', { message: 'is not a valid id' });

/** A list of ids: each a UUID. */
export const IsIdList = (): PropertyDecorator => IsUUID('all', { each: true, message: 'must be ids' });

export const EmailAddress = (): PropertyDecorator =>
  applyDecorators(IsString(), MaxLength(254), IsEmail({}, { message: 'must be an e-mail address' }));

export const Password = (): PropertyDecorator => applyDecorators(IsString(), MinLength(1), MaxLength(200));

/**
 * A list of at most `max` items. The bound is on the schema's input field too, so that it is
 * checked on the raw variables before GraphQL coerces each item (see abuse/input-bounds.ts).
 */
export const MaxItems = (max: number): PropertyDecorator => applyDecorators(ArrayMaxSize(max), Extensions({ maxItems: max }));

/** Values of one enum: no more items than the enum has values. */
export const EnumList = (values: Record<string, string>): PropertyDecorator =>
  applyDecorators(IsEnum(values, { each: true }), MaxItems(Object.keys(values).length));
