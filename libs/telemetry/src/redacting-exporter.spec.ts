import { scrubAttributes } from './redacting-exporter';

describe('span attributes', () => {
  it('lose who made the request, and mask addresses and tokens in text', () => {
    expect(
      scrubAttributes({
        'client.address': '203.0.113.9',
        'user_agent.original': 'Mozilla/5.0',
        'http.route': '/graphql',
        'url.full': 'http://localhost/registration?token=abc123&x=1',
        'db.query.text': "SELECT 1 FROM user WHERE email = 'jane.doe@example.org'",
        'http.response.status_code': 200,
      }),
    ).toEqual({
      'http.route': '/graphql',
      'url.full': expect.not.stringContaining('abc123'),
      'db.query.text': "SELECT 1 FROM user WHERE email = '[email]'",
      'http.response.status_code': 200,
    });
  });
});
