// Copy buttons for the payment fields: shown only where the browser can copy; the page works without them.
document.addEventListener('DOMContentLoaded', function () {
    if (!navigator.clipboard) {
        return;
    }
    document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
        var label = button.textContent;
        var done = document.documentElement.lang === 'en' ? 'Copied' : 'Kopiert';
        button.hidden = false;
        button.addEventListener('click', function () {
            var source = document.getElementById(button.getAttribute('data-copy'));
            var text = source.textContent.trim();
            if (source.id === 'pay-iban') {
                text = text.replace(/\s/g, '');
            }
            navigator.clipboard.writeText(text).then(function () {
                button.textContent = done;
                setTimeout(function () { button.textContent = label; }, 2000);
            });
        });
    });
});
