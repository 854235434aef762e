import { AppConfig } from '@app/config';
import { NotificationKind } from './notification.enums';
import { TemplateRenderer } from './template-renderer';

describe('TemplateRenderer', () => {
  const renderer = new TemplateRenderer(AppConfig.fromEnv({}));

  it('escapes HTML in the HTML part, not in subjects and plain text', () => {
    const params = {
      agencyName: 'Tom & Jerry <Clinic>',
      status: 'VERIFIED',
      previousStatus: 'PENDING',
      reason: null,
      publicUrl: 'http://x',
    };
    expect(renderer.subject(NotificationKind.AGENCY_STATUS_CHANGED, params)).toBe('Tom & Jerry <Clinic> is now a verified library partner');
    const message = renderer.render(NotificationKind.AGENCY_STATUS_CHANGED, params);
    expect(message.html).toContain('Tom &amp; Jerry &lt;Clinic&gt;');
    expect(message.html).not.toContain('<Clinic>');
    expect(message.text).toContain('Tom & Jerry <Clinic>');
  });

  it('refuses to render with a missing value instead of sending a hole', () => {
    expect(() => renderer.render(NotificationKind.PASSWORD_RESET, { displayName: 'Ana' })).toThrow(/link|expiresAt/);
  });
});
