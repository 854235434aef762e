import { thresholdsCrossed } from './capacity-notices.service';

describe('thresholdsCrossed', () => {
  const at = (seatsTaken: number, capacity = 40) => ({ seatsTaken, capacity, waitlistLength: 0 });

  it('finds the thresholds passed on the way up, including landing exactly on one', () => {
    expect(thresholdsCrossed(at(30), at(32), [0.8, 1])).toEqual([0.8]);
    expect(thresholdsCrossed(at(31), at(40), [0.8, 1])).toEqual([0.8, 1]);
    expect(thresholdsCrossed(at(32), at(39), [0.8, 1])).toEqual([]);
  });

  it('ignores the way down, and staying put', () => {
    expect(thresholdsCrossed(at(40), at(30), [0.8, 1])).toEqual([]);
    expect(thresholdsCrossed(at(33), at(33), [0.8, 1])).toEqual([]);
  });

  it('reads a capacity change as a change of share', () => {
    expect(
      thresholdsCrossed({ seatsTaken: 30, capacity: 40, waitlistLength: 0 }, { seatsTaken: 30, capacity: 30, waitlistLength: 0 }, [0.8, 1]),
    ).toEqual([0.8, 1]);
  });
});
