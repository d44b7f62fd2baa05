/*
 * A stand-in for Freshdesk's ticket page and its Freshworks client, implementing exactly what the
 * ReplyGuard app uses, with the platform's semantics:
 * - events.on('ticket.sendReply', handler, { intercept: true }): Send pauses until the handler
 *   calls event.helper.done() (the reply is sent) or event.helper.fail(message) (it is not; the
 *   message is the error notification); event.helper.getData() carries the reply (body);
 * - data.get('ticket' | 'loggedInUser' | 'contact') resolves { name: object };
 * - interface.trigger('setValue', { id: 'editor', text, replace: true }) replaces the editor's text;
 * - request.invokeTemplate(name, { context, body }) goes through the server-side proxy
 *   (/proxy/freshworks), resolving { status, headers, response } on 2xx and rejecting it otherwise;
 * - instance.resize({ height }) sizes the iframe.
 */
/* global window, document, fetch */
(function () {
  'use strict';

  var editor = document.getElementById('editor');
  var notification = document.getElementById('notification');
  var frame = document.getElementById('app');
  var intercepts = [];

  var host = {
    state: {
      ticket: { id: 5150, subject: 'Card declined', status: 2, priority: 1 },
      loggedInUser: { id: 42, contact: { email: 'chipo@acme.example', name: 'Chipo Agent' } },
      contact: { id: 77, email: 'farai@example.com', phone: '+263 77 123 4567', name: 'Farai' },
      attachments: [],
    },
    /** What each Send did: { sent, text, message }. */
    outcomes: [],
    calls: [],
    connect: function () {
      return client;
    },
    send: send,
  };

  var client = {
    events: {
      on: function (name, handler, options) {
        host.calls.push(['events.on', name]);
        if (name !== 'ticket.sendReply' || !options || options.intercept !== true) throw new Error('stand-in: unsupported event ' + name);
        intercepts.push(handler);
      },
    },
    data: {
      get: function (name) {
        host.calls.push(['data.get', name]);
        if (['ticket', 'loggedInUser', 'contact'].indexOf(name) < 0) return Promise.reject(new Error('stand-in: unsupported data ' + name));
        var result = {};
        result[name] = JSON.parse(JSON.stringify(host.state[name]));
        return Promise.resolve(result);
      },
    },
    interface: {
      trigger: function (action, options) {
        host.calls.push(['interface.trigger', action]);
        if (action !== 'setValue' || !options || options.id !== 'editor' || options.replace !== true) return Promise.reject(new Error('stand-in: unsupported interface action ' + action));
        editor.value = options.text;
        return Promise.resolve({});
      },
    },
    instance: {
      resize: function (options) {
        frame.style.height = options.height;
        return Promise.resolve({});
      },
    },
    request: {
      invokeTemplate: function (name, options) {
        host.calls.push(['request.invokeTemplate', name]);
        var call = { name: name, context: (options && options.context) || {}, body: options && options.body };
        return fetch('/proxy/freshworks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) })
          .then(function (res) {
            if (!res.ok) throw { status: 500, headers: {}, response: '' };
            return res.json();
          })
          .then(function (answer) {
            var result = { status: answer.status, headers: {}, response: answer.body };
            if (answer.status >= 200 && answer.status < 300) return result;
            throw result;
          });
      },
    },
  };

  /** One intercepting listener's verdict: the first of done() / fail(message) it calls. */
  function verdictOf(handler, reply) {
    return new Promise(function (resolve) {
      var event = {
        type: 'ticket.sendReply',
        helper: {
          getData: function () {
            return JSON.parse(JSON.stringify(reply));
          },
          done: function () {
            resolve({ allowed: true });
          },
          fail: function (message) {
            resolve({ allowed: false, message: String(message) });
          },
        },
      };
      handler(event);
    });
  }

  function send() {
    notification.textContent = '';
    var reply = { body: editor.value, attachments: host.state.attachments };
    return Promise.all(
      intercepts.map(function (h) {
        return verdictOf(h, reply);
      }),
    ).then(function (verdicts) {
      var refused = verdicts.filter(function (v) {
        return !v.allowed;
      })[0];
      var outcome = refused ? { sent: false, text: reply.body, message: refused.message } : { sent: true, text: reply.body };
      host.outcomes.push(outcome);
      notification.textContent = refused ? refused.message : '';
      return outcome;
    });
  }

  document.getElementById('send').addEventListener('click', send);
  window.FreshdeskHost = host;
})();
