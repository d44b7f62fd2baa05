/* The Freshworks app client's stand-in, served in place of {{{appclient}}}: the client is the host page's. */
/* global window */
window.app = {
  initialized: function () {
    return Promise.resolve(window.parent.FreshdeskHost.connect(window));
  },
};
