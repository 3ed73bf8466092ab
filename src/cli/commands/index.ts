import type { Command } from 'commander';
import type { Io } from '../io';

/** A command registers itself on the program. Add each command file's `register` here. */
export type RegisterCommand = (program: Command, io: Io) => void;

export const commands: RegisterCommand[] = [];
