/**
 * Chart.js with only what the timeline draws: lines and scatter points on linear axes, the
 * confidence band (Filler) and tooltips. No date adapter: time is a number of weeks or months.
 * The timeline imports this module on demand, so pages without a timeline never download it.
 */
import {
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Filler, Tooltip);

export { Chart };
