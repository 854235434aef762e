// Sets a password with the token of an e-mailed link. The token is in the URL fragment, which the
// browser never sends to a server; it is taken out of the address bar as soon as it is read.
(function () {
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname);
  // Another link pasted into this tab only changes the fragment: start again with its token.
  window.addEventListener('hashchange', function () {
    location.reload();
  });
  var form = document.getElementById('password-form');
  var status = document.getElementById('status');

  function say(text, kind) {
    status.textContent = text;
    status.className = kind;
  }

  if (!token) {
    form.hidden = true;
    say('This link is incomplete. Open it again from the e-mail, or ask for a new one.', 'error');
    return;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var password = form.password.value;
    if (password.length < 10) return say('The password needs at least 10 characters.', 'error');
    if (password !== form.confirm.value) return say('The two passwords are not the same.', 'error');
    form.querySelector('button').disabled = true;
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { user { email } } }',
        variables: { token: token, password: password },
      }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          form.querySelector('button').disabled = false;
          var fields = (body.errors[0].extensions || {}).fields || {};
          return say(fields.token ? 'This link was already used or has expired. Ask for a new one.' : body.errors[0].message, 'error');
        }
        form.hidden = true;
        say('Your password is saved. You can now log in as ' + body.data.resetPassword.user.email + '.', 'success');
      })
      .catch(function () {
        form.querySelector('button').disabled = false;
        say('The library could not be reached. Try again in a moment.', 'error');
      });
  });
})();
