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
