import { Clock } from '@app/clock';

/** A clock the test sets: rules about time run at the instant the test chooses, not the wall clock's. */
export class TestClock extends Clock {
  private at: number;

  constructor(start: Date | string = new Date()) {
    super();
    this.at = new Date(start).getTime();
  }

  override now(): Date {
    return new Date(this.at);
  }

  set(instant: Date | string): void {
    this.at = new Date(instant).getTime();
  }

  advance(ms: number): void {
    this.at += ms;
  }
}
