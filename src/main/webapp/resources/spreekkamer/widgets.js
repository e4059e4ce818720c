// Small repairs of PrimeFaces widgets for screen readers (WCAG 4.1.2, name of a control).
// The date picker's calendar button carries the text "ui-button" and no label, so a screen reader
// announces "ui-button": it gets the name of the page's language ("Kies datum", "Choose Date")
// from PrimeFaces' own locale, at page load and after every Ajax update.
(function () {
  function calendarName() {
    var settings = window.PrimeFaces && PrimeFaces.getLocaleSettings
      ? PrimeFaces.getLocaleSettings(document.documentElement.lang) : null;
    return (settings && settings.chooseDate) || 'Kies datum';
  }

  function nameCalendarButtons() {
    document.querySelectorAll('button.ui-datepicker-trigger:not([aria-label])').forEach(function (button) {
      var name = calendarName();
      button.setAttribute('aria-label', name);
      button.setAttribute('title', name);
      var text = button.querySelector('.ui-button-text');
      if (text) {
        text.textContent = name;
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    nameCalendarButtons();
    if (window.jQuery) {
      jQuery(document).on('pfAjaxComplete', nameCalendarButtons);
    }
  });
})();
