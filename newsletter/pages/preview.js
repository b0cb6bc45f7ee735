// The preview page's only script, served as a static file by the preview (its policy forbids inline script).
// It reads the page's state from data- attributes and never turns them into code: values go into URLs through
// URLSearchParams and into the page through textContent.
(() => {
  "use strict";
  const body = document.body;
  const day = body.dataset.date, view = body.dataset.view;
  let version = Number(body.dataset.version);
  const error = document.getElementById("error"), status = document.getElementById("status");

  function show(data) {
    error.textContent = data.error || "";
    error.hidden = !data.error;
    status.textContent = "build " + data.version + (data.error ? " (failed)" : "");
  }

  document.getElementById("issue").addEventListener("change", (event) => {
    location.assign("/?" + new URLSearchParams({date: event.target.value, view: view}));
  });

  // Live reload: the server sends the build version after every rebuild, and the error of a broken build.
  const events = new EventSource("/events?" + new URLSearchParams({date: day}));
  events.onmessage = (message) => {
    const data = JSON.parse(message.data);
    show(data);
    if (data.version !== version) {
      version = data.version;
      document.querySelectorAll("iframe").forEach((frame) => {
        const url = new URL(frame.src);
        url.searchParams.set("v", String(version));
        frame.src = url.pathname + url.search;
      });
    }
  };
})();
