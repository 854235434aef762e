import { GraphQLError } from 'graphql';
import { DateScalar, DateTimeScalar, LocalTimeScalar } from './scalars';

describe('scalars', () => {
  it('DateTime takes ISO-8601 with an offset and answers UTC', () => {
    expect(DateTimeScalar.parseValue('2027-03-14T18:00:00-05:00')).toEqual(new Date('2027-03-14T23:00:00.000Z'));
    expect(DateTimeScalar.parseValue('2027-03-14T23:00Z')).toEqual(new Date('2027-03-14T23:00:00.000Z'));
    expect(DateTimeScalar.serialize(new Date('2027-03-14T23:00:00Z'))).toBe('2027-03-14T23:00:00.000Z');
  });

  it.each([
    ['2027-03-14T18:00:00'],
    ['2027-03-14'],
    ['2027-02-30T10:00:00Z'],
    ['yesterday'],
    ['1850-01-01T00:00:00Z'],
    [42],
    ['9'.repeat(500)],
  ])('DateTime refuses %s with BAD_USER_INPUT', (value) => {
    let error: unknown;
    try {
      DateTimeScalar.parseValue(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('Date and LocalTime keep their text and refuse impossible values', () => {
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(() => DateScalar.parseValue('2027-02-29')).toThrow(GraphQLError);
    expect(LocalTimeScalar.parseValue('07:05')).toBe('07:05');
    expect(() => LocalTimeScalar.parseValue('24:00')).toThrow(GraphQLError);
  });
});
