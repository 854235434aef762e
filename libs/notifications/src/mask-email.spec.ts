import { maskEmail, maskEmailsIn } from './mask-email';

describe('masking addresses in a mail server’s answer', () => {
  it('masks each address, whatever surrounds it', () => {
    expect(maskEmailsIn('550 5.1.1 <bob@example.org>: Recipient address rejected')).toBe(
      '550 5.1.1 <b***@example.org>: Recipient address rejected',
    );
    expect(maskEmailsIn('to "ann@lib.test",carl@lib.test; done')).toBe('to "a***@lib.test",c***@lib.test; done');
    expect(maskEmail(null)).toBe('(removed)');
  });

  it('leaves text without addresses as it is, and takes one pass over a long one', () => {
    expect(maskEmailsIn('451 try again later @ 10:00')).toBe('451 try again later @ 10:00');
    const long = `${'x'.repeat(100_000)}@`;
    expect(maskEmailsIn(long)).toBe(long);
  });
});
