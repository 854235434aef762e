// The patron's page behind the manage link. The token is in the URL fragment, which the browser
// never sends to a server; it is taken out of the address bar as soon as it is read.
(function () {
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname);
  // Another link pasted into this tab only changes the fragment: start again with its token.
  window.addEventListener('hashchange', function () {
    location.reload();
  });
  var $ = function (id) {
    return document.getElementById(id);
  };
  var status = $('status');

  var FIELDS =
    'id status partySize waitlistPosition remindersOptIn followUpOptIn shareContactWithPartner checkInCode ' +
    'session { id startsAt endsAt status calendarUrl workshop { title agency { name } } branch { name address timeZone } room { name } }';

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || '';
  }

  function call(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    }).then(function (response) {
      return response.json();
    });
  }

  function when(session) {
    var zone = session.branch.timeZone;
    var day = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
    var time = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    return (
      day.format(new Date(session.startsAt)) +
      ', ' +
      time.format(new Date(session.startsAt)) +
      ' to ' +
      time.format(new Date(session.endsAt))
    );
  }

  function show(r) {
    var session = r.session;
    $('title').textContent = session.workshop.title;
    $('agency').textContent = session.workshop.agency.name;
    $('when').textContent = when(session);
    $('where').textContent = [session.branch.name, session.room && session.room.name, session.branch.address].filter(Boolean).join(', ');
    $('seats').textContent = String(r.partySize);
    $('calendar').href = session.calendarUrl;
    $('details').hidden = false;
    if (r.status === 'CONFIRMED')
      say('You are registered: ' + r.partySize + (r.partySize > 1 ? ' seats are' : ' seat is') + ' yours.', 'success');
    else if (r.status === 'WAITLISTED')
      say('You are on the waitlist: number ' + r.waitlistPosition + ' in line. If seats free up, they are yours automatically.');
    else say('This registration is cancelled.');
    if (session.status === 'CANCELLED') say('This session is cancelled by the library. Your registration is cancelled with it.');
    var live = r.status !== 'CANCELLED' && session.status === 'SCHEDULED';
    $('qr').hidden = !(live && r.checkInCode);
    $('qr-code').innerHTML = live && r.checkInCode ? r.checkInCode : '';
    $('preferences').hidden = !live;
    $('cancel-section').hidden = !live;
    ['remindersOptIn', 'followUpOptIn', 'shareContactWithPartner'].forEach(function (name) {
      $(name).checked = r[name];
    });
  }

  if (!token) {
    say('This link is incomplete. Open it again from your e-mail.', 'error');
    return;
  }

  call('query($t: String!) { registrationByToken(token: $t) { ' + FIELDS + ' } }', { t: token })
    .then(function (body) {
      if (!body.data || !body.data.registrationByToken)
        return say('We could not find this registration. Open the link again from your latest e-mail.', 'error');
      show(body.data.registrationByToken);
    })
    .catch(function () {
      say('The library could not be reached. Try again in a moment.', 'error');
    });

  $('preferences').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = {};
    ['remindersOptIn', 'followUpOptIn', 'shareContactWithPartner'].forEach(function (name) {
      input[name] = $(name).checked;
    });
    call(
      'mutation($t: String!, $i: RegistrationPreferencesInput!) { updateRegistrationPreferences(token: $t, input: $i) { ' + FIELDS + ' } }',
      { t: token, i: input },
    ).then(function (body) {
      if (body.errors) return say(body.errors[0].message, 'error');
      show(body.data.updateRegistrationPreferences);
      say('Your choices are saved.', 'success');
    });
  });

  $('cancel').addEventListener('click', function () {
    $('confirm-cancel').hidden = false;
    $('cancel-yes').focus();
  });
  $('cancel-no').addEventListener('click', function () {
    $('confirm-cancel').hidden = true;
    $('cancel').focus();
  });
  $('cancel-yes').addEventListener('click', function () {
    call('mutation($t: String!) { cancelRegistration(token: $t) { ' + FIELDS + ' } }', { t: token }).then(function (body) {
      $('confirm-cancel').hidden = true;
      if (body.errors) return say(body.errors[0].message, 'error');
      show(body.data.cancelRegistration);
      say('Your registration is cancelled. Thank you for letting us know: your seats went to the next person.', 'success');
      status.focus();
    });
  });
})();
