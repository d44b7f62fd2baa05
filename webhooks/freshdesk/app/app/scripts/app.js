/*
 * ReplyGuard for Freshdesk (Freshworks platform 3.0, ticket_sidebar). It intercepts
 * `ticket.sendReply` and asks ReplyGuard through the request templates of config/requests.json;
 * the API key is the secure iparam `replyguard_api_key`, rendered into the template by the
 * platform, never seen by the browser. `event.helper.done()` lets the reply go only on `approve`;
 * everything else calls `event.helper.fail(message)`, which Freshdesk shows as an error notification.
 */
/* global document, app, ReplyGuard */
(function () {
  'use strict';

  /**
   * The channel for the policy's per-channel overrides. `ticket.sendReply` is the Reply editor
   * (notes and forwards are other events, not intercepted), and Freshdesk sends a reply to the
   * requester by e-mail whatever the ticket's `source` (how it was created: portal, phone, chat):
   * "email", as the webhook adapter names it (webhooks/freshdesk/adapter.ts), so one override
   * applies before and after sending. Not confirmed for replies on Omnichannel (WhatsApp, social)
   * tickets; the event carries no channel.
   */
  var REPLY_CHANNEL = 'email';

  function start(client) {
    var panel = ReplyGuard.createPanel(document.getElementById('replyguard'), {
      onResize: function (height) {
        client.instance.resize({ height: height + 'px' });
      },
    });

    function call(template, options) {
      return client.request.invokeTemplate(template, options || {}).then(function (result) {
        return JSON.parse(result.response);
      });
    }

    /** What an object the data method returns holds, or nothing when the page has no such object. */
    function dataOf(name) {
      return client.data.get(name).then(
        function (data) {
          return data[name] || {};
        },
        function () {
          return {};
        },
      );
    }

    /** The reply from the intercepted event (body, and attachments listed by name: sent without content, so blocked as unread). */
    function readDraft(event) {
      var reply = event.helper.getData() || {};
      if (typeof reply.body !== 'string') throw new Error('the reply body is not in the event');
      var attachments = (Array.isArray(reply.attachments) ? reply.attachments : []).map(function (a) {
        return { filename: String(a.name || a.filename || 'attachment'), contentType: String(a.content_type || a.contentType || 'application/octet-stream') };
      });
      if (ReplyGuard.isBlank(reply.body) && !attachments.length) return null;
      return Promise.all([client.data.get('ticket'), dataOf('loggedInUser'), dataOf('contact')]).then(function (found) {
        var ticket = found[0].ticket;
        var user = found[1];
        var contact = found[2];
        var content = [reply.body, attachments.map(function (a) { return [a.filename, a.contentType]; })];
        return ReplyGuard.draftId('fd', ticket.id, content).then(function (id) {
          var draft = {
            id: id,
            ticketId: String(ticket.id),
            body: reply.body,
            bodyFormat: 'html',
            channel: REPLY_CHANNEL,
            agent: { id: user.id === undefined ? undefined : String(user.id), email: user.contact && user.contact.email, name: user.contact && user.contact.name },
          };
          if (ticket.subject) draft.subject = String(ticket.subject);
          if (contact.email || contact.phone) draft.customer = { email: contact.email || undefined, phone: contact.phone || contact.mobile || undefined };
          if (attachments.length) draft.attachments = attachments;
          return draft;
        });
      });
    }

    /** Freshdesk has no getter for the editor, so the redacted text of the checked reply replaces it. */
    function writeBody(_checked, redactedBody) {
      return client.interface.trigger('setValue', { id: 'editor', text: redactedBody, replace: true }).then(function () {
        return 'applied';
      });
    }

    var gate = ReplyGuard.createGate({
      panel: panel,
      readDraft: readDraft,
      writeBody: writeBody,
      api: {
        check: function (draft) {
          return call('checkDraft', { body: JSON.stringify(draft) });
        },
        poll: function (id) {
          return call('getDecision', { context: { draft_id: encodeURIComponent(id) } });
        },
        review: function (body) {
          return call('requestReview', { body: JSON.stringify(body) });
        },
      },
    });

    client.events.on(
      'ticket.sendReply',
      function (event) {
        gate(event)
          .then(
            function (outcome) {
              return outcome.allowed ? event.helper.done() : event.helper.fail(outcome.message);
            },
            // Never send what was not checked.
            function () {
              return event.helper.fail(ReplyGuard.UNREAD_PROMPT);
            },
          );
      },
      { intercept: true },
    );
  }

  app.initialized().then(start);
})();
