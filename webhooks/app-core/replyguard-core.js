/*
 * ReplyGuard's agent-side app core, shared by the Zendesk and Freshdesk apps (each archive carries
 * a copy; `replyguard app package` puts it there). Plain browser JavaScript, no framework, no CDN.
 *
 * - createGate: the send gate. Reads the draft (the platform adapter's job), asks ReplyGuard within
 *   the budget, and answers { allowed, message }: only an `approve` lets the send go on; redact,
 *   block, hold, an error or no answer in time cancel it (fail closed, never silently sent).
 * - createPanel: the prompt in the app's iframe: what was found (masked values and counts, never a
 *   raw value), why (the Decision's prompt), and the one action: "Apply redaction" or "Request
 *   review" with a justification. Everything is written with textContent, never as HTML.
 */
/* global window, document, crypto, btoa */
(function (global) {
  'use strict';

  /** Under ZAF's 10 s promise timeout; the platform must get its answer before it gives up. */
  var BUDGET_MS = 8000;
  /** Between polls of GET /v1/decisions/:id after a `hold`, while the budget lasts. */
  var POLL_MS = 750;
  var HOLD_PROMPT = 'ReplyGuard is still checking this reply. Try sending again in a moment.';
  var UNREAD_PROMPT = 'ReplyGuard could not read this reply, so it was not sent. Try sending again; if this keeps happening, tell your administrator.';
  var ACTIONS = ['approve', 'redact', 'block', 'hold'];

  var TYPE_LABELS = {
    CARD_NUMBER: 'Card number',
    CARD_EXPIRY: 'Card expiry date',
    CARD_CVV: 'Card security code',
    NATIONAL_ID: 'National ID number',
    PASSPORT_NUMBER: 'Passport number',
    PHONE_NUMBER: 'Phone number',
    EMAIL_ADDRESS: 'E-mail address',
    IBAN: 'IBAN',
    BANK_ACCOUNT: 'Bank account number',
    ROUTING_NUMBER: 'Routing number or sort code',
    SWIFT_BIC: 'SWIFT/BIC code',
    CREDENTIAL: 'Password, PIN or code',
    SOLICITATION: 'Request for a secret',
  };
  /** A bulk list shows a few values per type; the count says how many there are. */
  var MAX_VALUES_SHOWN = 5;

  function holdDecision(prompt) {
    return { action: 'hold', findings: [], prompt: prompt || HOLD_PROMPT };
  }

  /** What the server answered, if it is a Decision; anything else is not an answer. */
  function asDecision(value) {
    if (!value || typeof value !== 'object' || ACTIONS.indexOf(value.action) < 0 || !Array.isArray(value.findings)) {
      throw new Error('not a ReplyGuard decision');
    }
    return value;
  }

  function sleep(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  /**
   * The decision for a draft within the budget: `check()` posts it; after a `hold`, `poll()` asks
   * again until it is decided or the budget runs out. Never rejects: an error, a malformed answer
   * or the budget running out is a hold.
   */
  function decideWithinBudget(check, poll, options) {
    var budgetMs = (options && options.budgetMs) || BUDGET_MS;
    var pollMs = (options && options.pollMs) || POLL_MS;
    var started = Date.now();
    var expired = false;
    var timer;
    var run = function () {
      return Promise.resolve()
        .then(check)
        .then(asDecision)
        .then(function next(decision) {
          if (decision.action !== 'hold' || expired || Date.now() - started + pollMs >= budgetMs) return decision;
          return sleep(pollMs).then(function () {
            return expired ? decision : Promise.resolve().then(poll).then(asDecision).then(next);
          });
        });
    };
    return new Promise(function (resolve) {
      timer = setTimeout(function () {
        expired = true;
        resolve(holdDecision());
      }, budgetMs);
      run().then(resolve, function () {
        resolve(holdDecision());
      });
    }).then(function (decision) {
      clearTimeout(timer);
      return decision;
    });
  }

  /** What the platform's own notification says when the send is cancelled. */
  function messageFor(decision) {
    if (decision.action === 'hold') return decision.prompt || HOLD_PROMPT;
    return decision.prompt || 'ReplyGuard stopped this reply. See the ReplyGuard panel.';
  }

  function hex(buffer) {
    return Array.prototype.map
      .call(new Uint8Array(buffer), function (b) {
        return (b < 16 ? '0' : '') + b.toString(16);
      })
      .join('');
  }

  /**
   * A draft id stable per draft attempt: the platform's prefix, the ticket and a hash of what is
   * being sent. The same content sent again gets the same id (and the server, the same decision);
   * changed content is a new attempt. Needs a secure context (https), as every helpdesk app has.
   */
  function draftId(prefix, ticketId, content) {
    var ticket = String(ticketId === undefined || ticketId === null ? 'new' : ticketId).replace(/[^!-~]/g, '').slice(0, 64) || 'new';
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(content))).then(function (digest) {
      return prefix + '-' + ticket + '-' + hex(digest).slice(0, 24);
    });
  }

  /** UTF-8 text as base64, for attachments the app could read. */
  function textBase64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    for (var i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  /** True when the editor holds nothing the customer would receive (an empty rich-text editor is "<p><br></p>"). */
  function isBlank(body) {
    var text = String(body || '');
    if (/<img\b/i.test(text)) return false;
    return text.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/g, ' ').trim() === '';
  }

  /** Findings grouped by type, in first-seen order, with their distinct masked values and where they are. */
  function summarize(findings) {
    var groups = [];
    var byType = {};
    findings.forEach(function (f) {
      var group = byType[f.type];
      if (!group) {
        group = byType[f.type] = { type: f.type, label: TYPE_LABELS[f.type] || String(f.type), values: [] };
        groups.push(group);
      }
      var where = typeof f.source === 'string' && f.source.indexOf('attachment:') === 0 ? f.source.slice('attachment:'.length) : f.source === 'subject' ? 'subject' : '';
      var value = String(f.masked || '') + (where ? ' (in ' + where + ')' : '');
      if (group.values.indexOf(value) < 0) group.values.push(value);
    });
    groups.forEach(function (g) {
      g.count = g.values.length;
    });
    return groups;
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var HEADINGS = {
    idle: 'ReplyGuard checks each reply when you send it.',
    checking: 'Checking this reply…',
    approve: 'Checked: nothing to fix.',
    redact: 'Redact before sending',
    block: 'This reply cannot be sent',
    hold: 'Still checking',
    unread: 'Not checked',
  };

  /**
   * The panel in `root`. `onResize(height)` lets the platform fit its iframe to the content.
   * show(decision, actions) renders a stopped reply; actions.apply() resolves 'applied' or
   * 'changed' (the reply was edited after the check), actions.requestReview(text) resolves the
   * API's { reviewId }.
   */
  function createPanel(root, options) {
    var onResize = (options && options.onResize) || function () {};
    var status;

    function render(kind, build) {
      root.textContent = '';
      var section = el('section', { class: 'rg-panel rg-' + kind, 'aria-labelledby': 'rg-title', 'data-state': kind });
      var title = el('h2', { id: 'rg-title', tabindex: '-1' }, HEADINGS[kind]);
      section.appendChild(title);
      if (build) build(section);
      status = el('p', { class: 'rg-status', role: 'status', 'aria-live': 'polite' });
      section.appendChild(status);
      root.appendChild(section);
      resize();
      return title;
    }

    /** Fitting the iframe is cosmetic: a platform that refuses it must not stop the gate. */
    function resize() {
      try {
        var pending = onResize(Math.ceil(document.documentElement.scrollHeight));
        if (pending && typeof pending.catch === 'function') pending.catch(function () {});
      } catch {
        // the panel still works at the platform's default size
      }
    }

    function say(text) {
      status.textContent = text;
      resize();
    }

    function found(section, decision) {
      var groups = summarize(decision.findings);
      if (!groups.length) return;
      section.appendChild(el('h3', {}, 'What was found'));
      var list = el('ul', { class: 'rg-found' });
      groups.forEach(function (g) {
        var item = el('li', { 'data-type': g.type });
        item.appendChild(el('span', { class: 'rg-type' }, g.label));
        item.appendChild(el('span', { class: 'rg-count', 'aria-label': g.count + ' found' }, '× ' + g.count));
        var values = el('ul', { class: 'rg-values' });
        g.values.slice(0, MAX_VALUES_SHOWN).forEach(function (v) {
          values.appendChild(el('li', { class: 'rg-masked' }, v));
        });
        if (g.count > MAX_VALUES_SHOWN) values.appendChild(el('li', { class: 'rg-more' }, 'and ' + (g.count - MAX_VALUES_SHOWN) + ' more'));
        item.appendChild(values);
        list.appendChild(item);
      });
      section.appendChild(list);
    }

    function why(section, decision) {
      section.appendChild(el('h3', {}, 'Why'));
      section.appendChild(el('p', { class: 'rg-why' }, messageFor(decision)));
    }

    function applyButton(section, actions) {
      var button = el('button', { type: 'button', class: 'rg-primary' }, 'Apply redaction');
      button.addEventListener('click', function () {
        button.disabled = true;
        say('Applying the redaction…');
        Promise.resolve()
          .then(actions.apply)
          .then(
            function (outcome) {
              if (outcome === 'applied') {
                button.remove();
                say('Redaction applied. Check the reply, then send it again.');
              } else {
                button.disabled = false;
                say('The reply changed after it was checked. Send it again to check it.');
              }
            },
            function () {
              button.disabled = false;
              say('The redaction could not be applied. Edit the reply by hand, or try again.');
            },
          );
      });
      section.appendChild(button);
      return button;
    }

    function reviewForm(section, actions) {
      var form = el('form', { class: 'rg-review', novalidate: '' });
      form.appendChild(el('label', { for: 'rg-justification' }, 'Why must this reply be sent as it is?'));
      var text = el('textarea', { id: 'rg-justification', name: 'justification', rows: '4', maxlength: '2000', required: '', 'aria-describedby': 'rg-justification-help' });
      form.appendChild(text);
      form.appendChild(el('p', { id: 'rg-justification-help', class: 'rg-help' }, 'Compliance reads this with the reply. Do not paste customer data here.'));
      var button = el('button', { type: 'submit', class: 'rg-primary' }, 'Request review');
      form.appendChild(button);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var justification = text.value.trim();
        if (!justification) {
          text.setAttribute('aria-invalid', 'true');
          say('Write why the reply must be sent as it is.');
          text.focus();
          return;
        }
        text.removeAttribute('aria-invalid');
        button.disabled = true;
        say('Filing the review request…');
        Promise.resolve(justification)
          .then(actions.requestReview)
          .then(
            function (filed) {
              form.remove();
              var done = el('p', { class: 'rg-filed', 'data-review-id': String(filed.reviewId) }, 'Review requested (reference ' + filed.reviewId + '). The reply has not been sent; compliance will get back to you.');
              section.insertBefore(done, status);
              say('');
              done.setAttribute('tabindex', '-1');
              done.focus();
            },
            function () {
              button.disabled = false;
              say('The review request could not be filed. Try again.');
            },
          );
      });
      section.appendChild(form);
      return text;
    }

    render('idle');
    return {
      checking: function () {
        render('checking');
      },
      passed: function () {
        render('approve');
      },
      /** The draft could not be read: nothing was checked, nothing is sent. */
      unread: function () {
        render('unread', function (section) {
          section.appendChild(el('p', { class: 'rg-why' }, UNREAD_PROMPT));
        }).focus();
      },
      show: function (decision, actions) {
        var kind = decision.action === 'redact' && typeof decision.redactedBody !== 'string' ? 'block' : decision.action;
        var focus;
        var title = render(kind, function (section) {
          if (kind === 'hold') {
            section.appendChild(el('p', { class: 'rg-why' }, messageFor(decision)));
            return;
          }
          found(section, decision);
          why(section, decision);
          focus = kind === 'redact' ? applyButton(section, actions) : reviewForm(section, actions);
        });
        (focus || title).focus();
      },
    };
  }

  /**
   * The send gate: gate(event) resolves { allowed, message }. `readDraft(event)` resolves the
   * Draft to check, or null when nothing will reach the customer (an internal note, an empty
   * editor). `api` calls ReplyGuard through the platform's proxy: check(draft), poll(draftId),
   * review(body). `writeBody(checked, redactedBody)` writes the redaction back ('applied', or
   * 'changed' when the editor changed since `checked` was read).
   */
  function createGate(config) {
    var panel = config.panel;
    return function gate(event) {
      return Promise.resolve(event)
        .then(config.readDraft)
        .then(
          function (draft) {
            if (!draft) return { allowed: true };
            panel.checking();
            return decideWithinBudget(
              function () {
                return config.api.check(draft);
              },
              function () {
                return config.api.poll(draft.id);
              },
              config.budget,
            ).then(function (decision) {
              if (decision.action === 'approve') {
                panel.passed();
                return { allowed: true, decision: decision };
              }
              panel.show(decision, {
                apply: function () {
                  return config.writeBody(draft, decision.redactedBody);
                },
                requestReview: function (justification) {
                  return config.api.review({ draftId: draft.id, justification: justification, agent: draft.agent || {} });
                },
              });
              return { allowed: false, message: messageFor(decision), decision: decision };
            });
          },
          // The draft could not even be read: not checked, so not sent.
          function () {
            panel.unread();
            return { allowed: false, message: UNREAD_PROMPT };
          },
        );
    };
  }

  global.ReplyGuard = {
    BUDGET_MS: BUDGET_MS,
    HOLD_PROMPT: HOLD_PROMPT,
    UNREAD_PROMPT: UNREAD_PROMPT,
    createGate: createGate,
    createPanel: createPanel,
    decideWithinBudget: decideWithinBudget,
    draftId: draftId,
    isBlank: isBlank,
    messageFor: messageFor,
    summarize: summarize,
    textBase64: textBase64,
  };
})(window);
