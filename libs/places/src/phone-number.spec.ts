import { maskPhone, toE164 } from './phone-number';

describe('phone numbers', () => {
  it('reads a national number in the branch’s country and an international one anywhere', () => {
    expect(toE164('(312) 555-0123', 'US', 'input.phone')).toBe('+13125550123');
    expect(toE164('+52 55 1234 5678', 'US', 'input.phone')).toBe('+525512345678');
    expect(() => toE164('555', 'US', 'input.phone')).toThrow();
  });

  it('masks all but the country code and the last four digits', () => {
    expect(maskPhone('+13125550123')).toBe('+1******0123');
    expect(maskPhone('+525512345678')).toBe('+52******5678');
  });
});
