/**
 * Preload (`node --require`) that makes `App` from 'cdk8s' an EdgeApp, so that an
 * unchanged program (an example) synthesizes with EdgeApp. cdk8s's index re-exports
 * its app module's `App` through a getter, which reads the module's export each time.
 */
import { EdgeApp } from '../../src/app/edge-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const appModule = require('cdk8s/lib/app');

appModule.App = EdgeApp;
