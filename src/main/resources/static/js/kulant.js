// Sends the CSRF token with every htmx request, as Spring Security expects for state-changing calls.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// A choice in a select marked data-autosubmit applies its form at once (the CSP refuses inline handlers).
document.addEventListener('change', function (event) {
    var field = event.target;
    if (field.matches && field.matches('[data-autosubmit]') && field.form) {
        field.form.submit();
    }
});

// On a phone the main navigation folds into a menu; without JavaScript it simply stays open.
document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
    var toggle = event.target.closest ? event.target.closest('#menu-toggle') : null;
    if (!toggle) {
        return;
    }
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    document.querySelector('.topbar').classList.toggle('menu-open', open);
});

// Splitting a payment: what is still to assign, updated as amounts are typed (in the page's language).
function kulantAmount(text, german) {
    var t = (text || '').replace(/[\s€]/g, '');
    if (!t) {
        return 0;
    }
    var decimal = german ? ',' : '.';
    var grouping = german ? '.' : ',';
    if (t.indexOf(decimal) < 0 && t.indexOf(grouping) >= 0 && !/^\d{1,3}([.,]\d{3})+$/.test(t)) {
        decimal = grouping; // "49.90" on a German page
    }
    var value = parseFloat(t.split(decimal === ',' ? '.' : ',').join('').replace(decimal, '.'));
    return isNaN(value) ? 0 : Math.round(value * 100);
}

function kulantLeftToAssign() {
    var form = document.getElementById('assign-form');
    var out = document.getElementById('left-to-assign');
    if (!form || !out) {
        return;
    }
    var german = form.dataset.lang !== 'en';
    var cents = Math.round(parseFloat(form.dataset.payment) * 100);
    form.querySelectorAll('input.share').forEach(function (input) {
        cents -= kulantAmount(input.value, german);
    });
    var money = new Intl.NumberFormat(german ? 'de-DE' : 'en-GB', {style: 'currency', currency: 'EUR'})
        .format(Math.abs(cents) / 100);
    out.textContent = (cents >= 0 ? form.dataset.left : form.dataset.over).replace('{0}', money);
    out.classList.toggle('over', cents < 0);
    out.hidden = false;
}

document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('#assign-form input.share')) {
        kulantLeftToAssign();
    }
});
document.addEventListener('DOMContentLoaded', kulantLeftToAssign);

// The claim search adds rows to the split; its status line says how many, or that none fitted.
var kulantRowsBefore = 0;
document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'search-form') {
        kulantRowsBefore = document.querySelectorAll('#candidates tr').length;
    }
});
document.addEventListener('htmx:afterSwap', function (event) {
    var source = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    if (!source || source.id !== 'search-form') {
        return;
    }
    var status = document.getElementById('search-status');
    var added = document.querySelectorAll('#candidates tr').length - kulantRowsBefore;
    var typed = document.getElementById('claim-search').value;
    status.textContent = added > 0 ? status.dataset.found.replace('{0}', added) : status.dataset.none.replace('{0}', typed);
    var none = document.getElementById('no-candidates');
    if (none && added > 0) {
        none.hidden = true;
    }
});

// A case worker's keys on the case pages: N opens the next case, C goes to the call form, T to the note.
document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || !document.getElementById('next-case')
        || (target && target.closest && target.closest('input, textarea, select, [contenteditable]'))) {
        return;
    }
    var key = event.key.toLowerCase();
    if (key === 'n') {
        event.preventDefault();
        document.getElementById('next-case').form.submit();
    } else if (key === 'c' && document.getElementById('call-outcome')) {
        event.preventDefault();
        document.getElementById('call-outcome').focus();
    } else if (key === 't' && document.getElementById('note-text')) {
        event.preventDefault();
        document.getElementById('note-text').focus();
    }
});
