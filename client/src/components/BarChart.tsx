import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: number[];
  colour: string;
}

interface Props {
  title: string;
  labels: string[];
  series: Series[];
  kind?: 'bar' | 'line';
  horizontal?: boolean;
  stacked?: boolean;
}

/**
 * A Chart.js chart. This component owns the chart: made once, its data replaced when the props
 * change, and destroyed on unmount. The figures are also given as text for screen readers.
 */
export function BarChart({ title, labels, series, kind = 'bar', horizontal = false, stacked = false }: Props) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const chart = useRef<Chart | null>(null);

  const legend = series.length > 1;
  useEffect(() => {
    chart.current = new Chart(canvas.current!, {
      type: kind,
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: legend } },
        scales: { x: { stacked }, y: { stacked, beginAtZero: true } },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [kind, horizontal, stacked, legend]);

  useEffect(() => {
    if (!chart.current) return;
    chart.current.data.labels = labels;
    chart.current.data.datasets = series.map((entry) => ({ label: entry.label, data: entry.values, backgroundColor: entry.colour, borderColor: entry.colour }));
    chart.current.update();
  }, [labels, series]);

  const described = series.map((entry) => `${entry.label}: ${labels.map((label, i) => `${label} ${entry.values[i]}`).join(', ')}`).join('. ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={`${title}. ${described}`} />
      </div>
    </figure>
  );
}
