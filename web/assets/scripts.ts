/**
 * The few scripts pages use, served from /assets/ (the CSP allows scripts
 * from 'self' only: no inline script). Each is an enhancement: without
 * JavaScript every page still works, in its plain form.
 */

/** Fills each `data-browser-time-zone` field with the browser's IANA zone (proposed to the server at sign-in). */
const TIME_ZONE = `"use strict";
document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
  try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* an old browser: no proposal */ }
});
`;

/**
 * A checklist with a filter box (the settings page's countries): typing hides
 * the options whose label does not contain the words typed (accents and case
 * ignored), and the "chosen" line lists the ticked options as they change.
 * The filter box is hidden until this runs, so without JavaScript the page
 * shows the plain list.
 */
const CHECKLIST_FILTER = `"use strict";
(function () {
  var fold = function (s) { return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().trim(); };
  document.querySelectorAll("[data-checklist]").forEach(function (list) {
    var box = list.querySelector("[data-checklist-filter]");
    var input = box && box.querySelector("input");
    var items = Array.prototype.slice.call(list.querySelectorAll("[data-checklist-item]"));
    var chosen = list.querySelector("[data-checklist-chosen]");
    var none = chosen ? chosen.getAttribute("data-none") : "";
    var noMatch = list.querySelector("[data-checklist-no-match]");
    var lang = document.documentElement.lang || "en";
    var join = function (names) {
      try { return new Intl.ListFormat(lang, { type: "conjunction" }).format(names); } catch (e) { return names.join(", "); }
    };
    var showChosen = function () {
      if (!chosen) return;
      var names = items.filter(function (item) { return item.querySelector("input").checked; })
        .map(function (item) { return item.textContent.trim(); });
      chosen.textContent = names.length ? join(names) : none;
    };
    var filter = function () {
      var words = fold(input.value).split(/\\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = fold(item.textContent);
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        item.hidden = !match;
        if (match) shown++;
      });
      if (noMatch) noMatch.hidden = shown > 0;
    };
    if (box && input) {
      box.hidden = false;
      input.addEventListener("input", filter);
      // Enter in the filter box must not submit the whole form.
      input.addEventListener("keydown", function (event) { if (event.key === "Enter") event.preventDefault(); });
    }
    list.addEventListener("change", showChosen);
  });
})();
`;

export const SCRIPTS: Readonly<Record<string, string>> = {
  'time-zone.js': TIME_ZONE,
  'checklist-filter.js': CHECKLIST_FILTER,
};
