#!/usr/bin/env node
/**
 * The `quansim` command (package.json's bin, built to dist/node/cli.js). Each command's code is loaded only when it
 * runs (src/cli/commands), so that `--help` and `--version` start fast.
 */
import { processIo } from './io';
import { runCli } from './program';

process.exitCode = await runCli(process.argv.slice(2), processIo());
