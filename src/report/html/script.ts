/**
 * The report's only script, inlined into the page: clicking a speaker in a
 * document's legend keeps that speaker's highlights active and dims every
 * other one; clicking it again, or "show all", restores them. On a phone-width
 * screen the speaker lists start folded so the article comes first. It reads
 * and writes classes and attributes only, never HTML.
 */
export const SCRIPT = `
(function () {
  function focusSpeaker(doc, speakerId) {
    doc.classList.toggle('focused', speakerId !== null);
    var buttons = doc.querySelectorAll('.spk-btn');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-speaker') === speakerId));
    }
    var marks = doc.querySelectorAll('.text [data-speaker]');
    for (var j = 0; j < marks.length; j++) {
      var on = speakerId !== null && marks[j].getAttribute('data-speaker') === speakerId;
      marks[j].classList.toggle('active', on);
      marks[j].classList.toggle('dimmed', speakerId !== null && !on);
    }
    var status = doc.querySelector('.focus-status');
    var reset = doc.querySelector('.show-all');
    var pressed = speakerId === null ? null : doc.querySelector('.spk-btn[aria-pressed="true"]');
    status.textContent = pressed ? 'Showing only ' + pressed.getAttribute('data-name') + ' (' + pressed.getAttribute('data-count') + ')' : '';
    reset.hidden = speakerId === null;
  }
  if (window.matchMedia('(max-width: 900px)').matches) {
    var lists = document.querySelectorAll('.legend details');
    for (var d = 0; d < lists.length; d++) lists[d].open = false;
  }
  var docs = document.querySelectorAll('.doc');
  for (var k = 0; k < docs.length; k++) {
    docs[k].addEventListener('click', function (event) {
      var doc = event.currentTarget;
      var target = event.target.closest('.spk-btn, .show-all');
      if (!target) return;
      var speakerId = target.classList.contains('show-all') || target.getAttribute('aria-pressed') === 'true' ? null : target.getAttribute('data-speaker');
      focusSpeaker(doc, speakerId);
    });
  }
})();
`;
