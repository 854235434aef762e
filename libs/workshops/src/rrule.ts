import * as rruleModule from 'rrule';

/**
 * rrule ships a UMD bundle without ES-module exports: compiled CommonJS sees its exports
 * directly, an ES-module loader (jest's) under `default`. This is the one place that knows.
 */
const rrule = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;

export const { RRule, Frequency } = rrule;
export type RRuleOptions = rruleModule.Options;
