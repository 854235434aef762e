import { ExecutionBudget } from './execution-budget';

describe('the execution budget', () => {
  it('allows the values up to its limit, then refuses every further one', () => {
    const budget = new ExecutionBudget({ values: 3, durationMs: 60_000 });
    expect([budget.spend(), budget.spend(), budget.spend()]).toEqual([true, true, true]);
    expect(budget.exceeded).toBeNull();
    expect([budget.spend(), budget.spend()]).toEqual([false, false]);
    expect(budget.exceeded).toBe('values');
  });

  it('reads the clock every 256 values and stops once past the deadline', () => {
    const started = Date.now() - 1_000;
    const budget = new ExecutionBudget({ values: 10_000, durationMs: 500 }, started);
    for (let i = 1; i < 256; i++) expect(budget.spend()).toBe(true);
    expect(budget.spend()).toBe(false);
    expect(budget.exceeded).toBe('duration');
  });
});
