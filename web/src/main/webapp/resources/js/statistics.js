// Statistics page: draws the two charts from the page's JSON data block with Apache ECharts (served by the
// application, see web/pom.xml). The same numbers are in the tables below each chart.
const data = JSON.parse(document.getElementById('statistics-data')?.textContent || '{}');
// colours that keep at least 3:1 contrast against white and stay apart for common colour-vision deficiencies
const COLOURS = ['#0b5cad', '#b5540b', '#2e7d32', '#7b1fa2', '#a31545', '#00695c'];

function chart(id, option) {
  const target = document.getElementById(id);
  if (!target || typeof echarts === 'undefined') return;
  const drawn = echarts.init(target, null, { renderer: 'canvas' });
  drawn.setOption({ color: COLOURS, animation: false, textStyle: { fontSize: 14 }, ...option });
  window.addEventListener('resize', () => drawn.resize());
}

if (data.periods) {
  chart('chart-time', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: data.periods, axisLabel: { rotate: data.periods.length > 8 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: data.contactsLabel },
    series: data.series.map((office) => ({ name: office.name, type: 'bar', stack: 'contacts', data: office.values })),
  });
  const concerns = [...data.concerns].reverse();
  chart('chart-concerns', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 32, top: 16, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: concerns.map((concern) => concern.name),
      axisLabel: { width: 220, overflow: 'break' } },
    series: [{ name: data.contactsLabel, type: 'bar', data: concerns.map((concern) => concern.value),
      label: { show: true, position: 'right' } }],
  });
}
