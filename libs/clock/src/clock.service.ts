import { Injectable } from '@nestjs/common';

/** The one source of "now", so rules about time can be tested at a chosen instant. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
