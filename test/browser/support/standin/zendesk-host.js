/*
 * A stand-in for Zendesk's ticket page and its ZAF client, implementing exactly what the ReplyGuard
 * app uses, with the framework's semantics:
 * - get(paths) resolves { path: value } (an unknown path rejects: the app asked for something
 *   this stand-in does not model); set('ticket.comment.text', v) writes the editor;
 * - on('ticket.save', handler): on submit every handler runs; the save goes on when all resolve,
 *   and is cancelled by the first that rejects, returns false, a string or an Error (SDK
 *   lib/utils.ts `when` and `shouldReject`); the string or Error message is the notification;
 * - request(options) goes through the server-side proxy (/proxy/zendesk), resolving the parsed
 *   body on 2xx, rejecting { status, responseText, responseJSON } otherwise;
 * - metadata() holds the non-secure settings only; invoke('resize', { height }) sizes the iframe.
 */
/* global window, document, fetch */
(function () {
  'use strict';

  var editor = document.getElementById('comment');
  var notification = document.getElementById('notification');
  var frame = document.getElementById('app');
  var saveHandlers = [];

  var host = {
    state: {
      ticket: { id: 4711, subject: 'Your refund', requester: { id: 91, email: 'tendai@example.com', name: 'Tendai Moyo' }, brand: { id: 3, name: 'acme' }, via: { channel: 'email' } },
      comment: { type: 'publicReply', useRichText: false, attachments: [] },
      currentUser: { id: 7, email: 'rudo@acme.example', name: 'Rudo Agent' },
    },
    /** What each submit did: { saved, text, message }. */
    outcomes: [],
    /** Every client call the app made: [method, argument]. */
    calls: [],
    connect: function () {
      return client;
    },
    submit: submit,
  };

  var paths = {
    'ticket.id': function () { return host.state.ticket.id; },
    'ticket.subject': function () { return host.state.ticket.subject; },
    'ticket.requester': function () { return host.state.ticket.requester; },
    'ticket.brand': function () { return host.state.ticket.brand; },
    'ticket.via.channel': function () { return host.state.ticket.via.channel; },
    'ticket.comment.text': function () { return editor.value; },
    'ticket.comment.type': function () { return host.state.comment.type; },
    'ticket.comment.useRichText': function () { return host.state.comment.useRichText; },
    'ticket.comment.attachments': function () { return host.state.comment.attachments; },
    currentUser: function () { return host.state.currentUser; },
  };

  var client = {
    get: function (wanted) {
      host.calls.push(['get', wanted]);
      var list = Array.isArray(wanted) ? wanted : [wanted];
      var result = {};
      for (var i = 0; i < list.length; i++) {
        if (!paths[list[i]]) return Promise.reject(new Error('stand-in: unsupported path ' + list[i]));
        var value = paths[list[i]]();
        result[list[i]] = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      }
      return Promise.resolve(result);
    },
    set: function (path, value) {
      host.calls.push(['set', path]);
      if (path !== 'ticket.comment.text') return Promise.reject(new Error('stand-in: unsupported path ' + path));
      editor.value = value;
      return Promise.resolve({});
    },
    on: function (name, handler) {
      host.calls.push(['on', name]);
      if (name !== 'ticket.save') throw new Error('stand-in: unsupported event ' + name);
      saveHandlers.push(handler);
    },
    metadata: function () {
      return fetch('/zendesk/metadata').then(function (res) {
        return res.json();
      });
    },
    invoke: function (name, options) {
      host.calls.push(['invoke', name]);
      if (name !== 'resize') return Promise.reject(new Error('stand-in: unsupported action ' + name));
      frame.style.height = options.height;
      return Promise.resolve({});
    },
    request: function (options) {
      host.calls.push(['request', options.url]);
      return fetch('/proxy/zendesk', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options) })
        .then(function (res) {
          return res.json();
        })
        .then(function (answer) {
          var json;
          try {
            json = JSON.parse(answer.body);
          } catch {
            json = undefined;
          }
          if (answer.status >= 200 && answer.status < 300) {
            if (options.dataType !== 'json') return answer.body;
            if (json === undefined) throw { status: answer.status, responseText: answer.body, statusText: 'parsererror' };
            return json;
          }
          throw { status: answer.status, responseText: answer.body, responseJSON: json };
        });
    },
  };

  function shouldReject(value) {
    return value === false || value instanceof Error || typeof value === 'string';
  }

  function settle(handler) {
    try {
      var result = handler();
      if (result && typeof result.then === 'function') return result;
      return shouldReject(result) ? Promise.reject(result) : Promise.resolve(result);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  function submit() {
    notification.textContent = '';
    var text = editor.value;
    return Promise.all(saveHandlers.map(settle)).then(
      function () {
        var outcome = { saved: true, text: text };
        host.outcomes.push(outcome);
        notification.textContent = '';
        return outcome;
      },
      function (reason) {
        var message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'The ticket could not be saved.';
        var outcome = { saved: false, text: text, message: message };
        host.outcomes.push(outcome);
        notification.textContent = message;
        return outcome;
      },
    );
  }

  document.getElementById('submit').addEventListener('click', submit);
  window.ZendeskHost = host;
})();
