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
