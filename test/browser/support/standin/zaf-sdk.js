/* The ZAF SDK's stand-in, served in place of static.zdassets.com's zaf_sdk.min.js: the client is the host page's. */
/* global window */
window.ZAFClient = {
  init: function () {
    return window.parent.ZendeskHost.connect(window);
  },
};
