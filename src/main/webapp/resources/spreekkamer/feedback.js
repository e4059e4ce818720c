// Feedback where the eye is (issue 15, item 4). The page's messages live at the top of the page,
// in a live region that screen readers announce wherever the focus is. After an Ajax action far
// down a long page, that place is out of sight: then a copy of the messages is shown right below
// the action that was pressed (in its table cell, or under its row of buttons), and it stays until
// the next action. An action confirmed or entered in a dialog counts as the button that opened the
// dialog, as such a dialog closes when it succeeds; when it was refused, the copy opens the dialog.
(function () {
  var lastAction = null; // the id of the last button or link pressed outside a dialog
  var lastInDialog = null; // the id of the last one pressed inside a dialog

  function pressed(event) {
    var target = event.target.closest && event.target.closest('button, a, input[type=submit], input[type=button]');
    if (!target || !target.id) {
      return;
    }
    if (target.closest('.ui-dialog')) {
      lastInDialog = target.id;
    } else {
      lastAction = target.id;
      lastInDialog = null;
    }
  }

  function inView(element) {
    var box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.top < window.innerHeight - 40;
  }

  function removeCopies() {
    document.querySelectorAll('.sk-near-messages').forEach(function (copy) {
      copy.remove();
    });
  }

  function dialogOf(id) {
    var element = id && document.getElementById(id);
    return element && element.closest('.ui-dialog');
  }

  function showNearAction(event, xhr, settings, args) {
    var messages = document.getElementById('messages');
    var items = messages ? messages.querySelectorAll('li') : [];
    if (!items.length || inView(messages)) {
      return;
    }
    var copy = document.createElement('ul');
    copy.className = 'sk-inline-messages sk-near-messages';
    items.forEach(function (item) {
      copy.appendChild(item.cloneNode(true));
    });
    var dialog = args && args.validationFailed ? dialogOf(lastInDialog) : null;
    if (dialog) {
      var content = dialog.querySelector('.ui-dialog-content') || dialog;
      content.insertBefore(copy, content.firstChild);
      return;
    }
    var action = lastAction && document.getElementById(lastAction);
    if (!action) {
      messages.scrollIntoView({block: 'start'});
      return;
    }
    var cell = action.closest('td, th');
    if (cell) {
      cell.appendChild(copy);
      return;
    }
    var row = action.closest('.sk-actions, .sk-toolbar') || action;
    row.insertAdjacentElement('afterend', copy);
  }

  function setUp() {
    document.addEventListener('click', pressed, true);
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxSend', removeCopies).on('pfAjaxComplete', showNearAction);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
