/**
 * The flags a worker thread is started with: this process's, without the ones that would load tsx into every
 * worker (the worker entries need no loader), and nothing else dropped.
 */
import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/scheduler/node/nodeWorkers';

describe('workerExecArgv', () => {
  it('drops tsx given to --import, --loader or --require, in either spelling', () => {
    expect(workerExecArgv(['--import', 'tsx'])).toEqual([]);
    expect(workerExecArgv(['--import=tsx'])).toEqual([]);
    expect(workerExecArgv(['--loader', 'tsx/esm'])).toEqual([]);
    expect(workerExecArgv(['--experimental-loader=tsx'])).toEqual([]);
    expect(workerExecArgv(['-r', 'tsx/cjs', '--require', 'tsx'])).toEqual([]);
  });

  it('keeps every other flag, in order, with its value', () => {
    const argv = ['--max-old-space-size=4096', '--import', 'tsx', '--import', './trace.mjs', '--cpu-prof', '-r', 'dotenv/config'];
    expect(workerExecArgv(argv)).toEqual(['--max-old-space-size=4096', '--import', './trace.mjs', '--cpu-prof', '-r', 'dotenv/config']);
  });

  it('keeps modules whose names only begin like tsx', () => {
    expect(workerExecArgv(['--import', 'tsx-extra', '--import=tsxish/register'])).toEqual(['--import', 'tsx-extra', '--import=tsxish/register']);
  });

  it('leaves an empty list empty', () => {
    expect(workerExecArgv([])).toEqual([]);
  });
});
