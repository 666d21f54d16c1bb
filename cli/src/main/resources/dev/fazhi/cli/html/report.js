/* A report page of fazhi: a click on a finding in the list scrolls its mark in the text into view and
   marks it (and a click on a mark marks its line in the list). Works without it too: the links are
   plain #anchors. */
(function () {
  'use strict';
  function current(id) {
    var mark = document.getElementById(id);
    if (!mark) { return null; }
    var old = document.querySelectorAll('.current');
    for (var i = 0; i < old.length; i++) { old[i].classList.remove('current'); }
    mark.classList.add('current');
    var link = document.querySelector('a.goto[data-target="' + id + '"]');
    if (link) { link.parentNode.classList.add('current'); }
    return mark;
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target.closest ? target.closest('a.goto') : null;
    if (link) {
      var mark = current(link.getAttribute('data-target'));
      if (mark) {
        event.preventDefault();
        mark.scrollIntoView({ block: 'center' });
        if (history.replaceState) { history.replaceState(null, '', '#' + mark.id); }
      }
      return;
    }
    var hit = target.closest ? target.closest('mark.finding') : null;
    if (hit) {
      current(hit.id);
      var item = document.querySelector('a.goto[data-target="' + hit.id + '"]');
      if (item) { item.parentNode.scrollIntoView({ block: 'nearest' }); }
    }
  });
  if (location.hash.length > 1) {
    var mark = current(decodeURIComponent(location.hash.substring(1)));
    if (mark) { mark.scrollIntoView({ block: 'center' }); }
  }
}());
