// The main menu on small screens: a button that opens and closes the list (a disclosure, WCAG
// 4.1.2), Escape closes it again. On wide screens the list is always shown and the button hidden.
(function () {
  function setUp() {
    var button = document.getElementById('menuButton');
    var menu = document.getElementById('hoofdmenu');
    if (!button || !menu) {
      return;
    }
    function show(open) {
      menu.classList.toggle('sk-menu-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        show(false);
        button.focus();
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
