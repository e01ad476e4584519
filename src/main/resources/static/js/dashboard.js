// Draws the dashboard's charts from its tables; without JavaScript (or Chart.js) the tables are the figures.
document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    var calm = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.querySelectorAll('table.chart-source').forEach(function (table) {
        var canvas = document.getElementById(table.dataset.canvas);
        var labels = [];
        var values = [];
        table.querySelectorAll('tbody tr').forEach(function (row) {
            var cell = row.querySelector('[data-value]');
            if (cell) {
                labels.push(row.querySelector('th').textContent.trim());
                values.push(parseFloat(cell.dataset.value));
            }
        });
        if (!canvas || values.length === 0) {
            return;
        }
        canvas.parentElement.hidden = false;
        new Chart(canvas, {
            type: table.dataset.chart,
            data: {
                labels: labels,
                datasets: [{
                    label: table.dataset.series,
                    data: values,
                    backgroundColor: '#1f6f5c',
                    borderColor: '#1f6f5c',
                    tension: 0.2
                }]
            },
            options: {
                animation: calm ? false : undefined,
                maintainAspectRatio: false,
                plugins: {legend: {display: false}},
                scales: {y: {beginAtZero: true}}
            }
        });
        table.classList.add('charted');
    });
});
