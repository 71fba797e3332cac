/**
 * Chart.js with only what the timeline draws: lines and points (a lane's markers are a line not drawn) on linear axes, the
 * confidence band (Filler) and tooltips. No date adapter: time is a number of weeks or months.
 * The timeline imports this module on demand, so pages without a timeline never download it.
 */
import { Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

let registered = false;

/**
 * Chart.js, with the timeline's parts registered. Registration happens here, on first use, and not
 * as a module side effect: a site's bundler that trusts our `sideEffects` list would otherwise
 * skip this module, import Chart.js directly and draw with nothing registered.
 */
export function timelineChart(): typeof Chart {
  if (!registered) {
    Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Tooltip);
    registered = true;
  }
  return Chart;
}
