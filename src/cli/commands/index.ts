import type { Command } from 'commander';
import type { Io } from '../io';
import { registerQuote } from './quote';
import { registerSchema } from './schema';
import { registerValidate } from './validate';
import { registerRun } from './run';
import { registerCompare } from './compare';
import { registerReport } from './report';
import { registerSensitivity } from './sensitivity';
import { registerSolve } from './solve';
import { registerSweep } from './sweep';
import { registerFit } from './fit';
import { registerBacktest } from './backtest';

/** A command registers itself on the program. Add each command file's `register` here. */
export type RegisterCommand = (program: Command, io: Io) => void;

export const commands: RegisterCommand[] = [registerValidate, registerSchema, registerRun, registerCompare, registerQuote, registerReport, registerSensitivity, registerSolve, registerSweep, registerFit, registerBacktest];
