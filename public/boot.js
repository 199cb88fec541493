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
  // The worker precaches the whole app (every room, every language): on a slow link that would
  // compete with the main module the first screen is waiting for. So it registers once the app
  // has mounted (the app sends "bs-mounted"), or a while after load if the app never does (the
  // WASM failed: the static help page is then still cached for next time). A returning visit
  // already has a controller and registers at once.
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
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
  };
  window.addEventListener("bs-mounted", register);
  window.addEventListener("load", () => {
    if (navigator.serviceWorker.controller) register();
    else setTimeout(register, 30000);
  });
})();
