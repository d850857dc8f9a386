import { App, Chart } from 'cdk8s';
import { synthesisOrder } from '../app/synthesis-order';

/**
 * Every chart of the app, nested ones included, in `app.charts` order. `app.charts`
 * builds a dependency graph of every construct of the app to give that order (a fifth
 * of a 5,000-site layout's time); without dependencies between constructs the order is
 * that of one walk of the tree (see synthesisOrder, which falls back to cdk8s's graphs
 * otherwise). Internal.
 */
export function chartsOf(app: App): Chart[] {
  return [...synthesisOrder(app).charts];
}
