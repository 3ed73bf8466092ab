#!/usr/bin/env node
/**
 * The `quansim` command (package.json's bin, built to dist/node/cli.js). Each command's code is loaded only when it
 * runs (src/cli/commands), so that `--help` and `--version` start fast.
 */
import { installInterrupt } from './interrupt';
import { processIo } from './io';
import { langOf } from './options';
import { runCli } from './program';

const argv = process.argv.slice(2);
const io = processIo();
installInterrupt(() => langOf(argv, io.env), io.err);
process.exitCode = await runCli(argv, io);
