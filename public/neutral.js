// The neutral page after a quick exit. Pushing one history entry here drops every later entry of
// the tab's history (the app's pages), so Forward finds nothing of the app and Back reaches only
// this page or what was open before the app. Done once per arrival from a quick exit (or on a
// first visit), never on every Back, so she can still go back past this page.
(function () {
  var exiting = false;
  try {
    exiting = sessionStorage.getItem("between-sessions:exit") !== null;
    sessionStorage.removeItem("between-sessions:exit");
    sessionStorage.removeItem("between-sessions:history-base");
  } catch (e) {}
  var marked = history.state && history.state.neutral;
  if (exiting || !marked) {
    history.replaceState({ neutral: 1 }, "");
    history.pushState({ neutral: 2 }, "");
  }
})();
