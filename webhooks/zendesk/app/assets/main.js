/*
 * ReplyGuard for Zendesk (Apps framework 2.0, ticket_sidebar and new_ticket_sidebar: a new ticket's
 * first comment reaches the customer too). On `ticket.save` it reads the draft comment and asks
 * ReplyGuard (POST /v1/drafts) through Zendesk's request proxy; the API key is the secure setting
 * `replyguard_api_key`, substituted by the proxy, never seen by the browser.
 * A handler promise that rejects cancels the save and Zendesk shows the rejection's string; only an
 * `approve` resolves it. The panel (replyguard-core.js) shows the agent what to do.
 */
/* global document, ZAFClient, ReplyGuard */
(function () {
  'use strict';

  var client = ZAFClient.init();
  var settings = client.metadata().then(function (metadata) {
    return metadata.settings;
  });
  // Attachment types ReplyGuard reads (README: POST /v1/drafts); others go without content and are blocked as unread.
  var READABLE_TYPES = /^(text\/plain|text\/csv|text\/html|application\/json)\b/i;
  var DRAFT_PATHS = [
    'ticket.id',
    'ticket.subject',
    'ticket.comment.text',
    'ticket.comment.type',
    'ticket.comment.useRichText',
    'ticket.comment.attachments',
    'ticket.requester',
    'ticket.brand',
    'ticket.via.channel',
    'currentUser',
  ];

  var panel = ReplyGuard.createPanel(document.getElementById('replyguard'), {
    onResize: function (height) {
      client.invoke('resize', { width: '100%', height: height + 'px' });
    },
  });

  /** Through the proxy with the secure setting: the browser only ever holds the placeholder. */
  function call(method, path, body) {
    return settings.then(function (s) {
      var options = {
        url: String(s.replyguard_url || '').replace(/\/+$/, '') + path,
        type: method,
        headers: { Authorization: 'Bearer {{setting.replyguard_api_key}}' },
        secure: true,
        cors: false,
        dataType: 'json',
      };
      if (body !== undefined) {
        options.contentType = 'application/json';
        options.data = JSON.stringify(body);
      }
      return client.request(options);
    });
  }

  /** A text attachment already on the comment, read through the framework (Zendesk's own URL, the agent's session). */
  function attachmentOf(a) {
    var attachment = { filename: String(a.fileName || 'attachment'), contentType: String(a.contentType || 'application/octet-stream') };
    if (!READABLE_TYPES.test(attachment.contentType) || !a.contentUrl) return Promise.resolve(attachment);
    return client.request({ url: a.contentUrl, type: 'GET', dataType: 'text' }).then(
      function (text) {
        attachment.contentBase64 = ReplyGuard.textBase64(String(text));
        return attachment;
      },
      // Unread: ReplyGuard blocks what it cannot inspect.
      function () {
        return attachment;
      },
    );
  }

  function readDraft() {
    return client.get(DRAFT_PATHS).then(function (data) {
      var body = data['ticket.comment.text'] || '';
      var uploads = data['ticket.comment.attachments'] || [];
      // Internal notes are not sent to the customer; a save without a comment sends nothing.
      if (String(data['ticket.comment.type']).toLowerCase() === 'internalnote') return null;
      if (ReplyGuard.isBlank(body) && !uploads.length) return null;
      return Promise.all(uploads.map(attachmentOf)).then(function (attachments) {
        var ticketId = data['ticket.id'];
        var user = data.currentUser || {};
        var requester = data['ticket.requester'] || {};
        var brand = data['ticket.brand'] || {};
        var content = [body, attachments.map(function (a) { return [a.filename, a.contentType, a.contentBase64 || '']; })];
        return ReplyGuard.draftId('zd', ticketId, content).then(function (id) {
          var draft = {
            id: id,
            body: body,
            bodyFormat: data['ticket.comment.useRichText'] ? 'html' : 'text',
            agent: { id: user.id === undefined ? undefined : String(user.id), email: user.email, name: user.name },
          };
          if (ticketId !== undefined && ticketId !== null) draft.ticketId = String(ticketId);
          if (data['ticket.subject']) draft.subject = String(data['ticket.subject']);
          if (brand.name) draft.brand = String(brand.name);
          var channel = channelOf(data['ticket.via.channel']);
          if (channel) draft.channel = channel;
          if (requester.email) draft.customer = { email: String(requester.email) };
          if (attachments.length) draft.attachments = attachments;
          return draft;
        });
      });
    });
  }

  /**
   * The draft's channel, for the policy's per-channel overrides: the ticket's via channel (how the
   * ticket came in: "email", "web", "chat", "native_messaging", ...), named as the webhook adapter
   * names it (webhooks/zendesk/adapter.ts: "mail" is "email"), so one override applies before and
   * after sending. `ticket.via.channel` is a path of the ZAF ticket object as public apps and ZAF
   * typings use it, not yet confirmed on a live account; a path ZAF cannot give comes back in
   * `errors`, not as a value, and the policy's defaults apply.
   */
  function channelOf(via) {
    if (typeof via !== 'string' || !via.trim()) return undefined;
    var channel = via.trim().toLowerCase().slice(0, 64);
    return channel === 'mail' ? 'email' : channel;
  }

  /** Writes the redacted body back, unless the agent edited the reply after it was checked. */
  function writeBody(checked, redactedBody) {
    return client.get('ticket.comment.text').then(function (data) {
      if ((data['ticket.comment.text'] || '') !== checked.body) return 'changed';
      return client.set('ticket.comment.text', redactedBody).then(function () {
        return 'applied';
      });
    });
  }

  var gate = ReplyGuard.createGate({
    panel: panel,
    readDraft: readDraft,
    writeBody: writeBody,
    api: {
      check: function (draft) {
        return call('POST', '/v1/drafts', draft);
      },
      poll: function (id) {
        return call('GET', '/v1/decisions/' + encodeURIComponent(id));
      },
      review: function (body) {
        return call('POST', '/v1/reviews', body);
      },
    },
  });

  client.on('ticket.save', function () {
    return gate().then(function (outcome) {
      if (!outcome.allowed) return Promise.reject(outcome.message);
      return true;
    });
  });
})();
