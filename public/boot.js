// Registers the service worker and tells the app when an update is ready, without ever reloading
// under her typing: the app shows "Update", and only her tap applies it.
(function () {
  if (!("serviceWorker" in navigator)) return;
  let refreshing = false;
  const announce = (worker) => {
    window.__bsWaiting = worker;
    window.dispatchEvent(new Event("bs-update-ready"));
  };
  window.bsApplyUpdate = function () {
    const w = window.__bsWaiting;
    if (w) w.postMessage({ type: "SKIP_WAITING" });
  };
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (refreshing || !window.__bsWaiting) return;
    refreshing = true;
    window.location.reload();
  });
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const w = reg.installing;
        if (!w) return;
        w.addEventListener("statechange", () => {
          if (w.state === "installed" && navigator.serviceWorker.controller) announce(w);
        });
      });
    }).catch(() => {});
  });
})();
