#!/usr/bin/env node
import { runCli } from './main.js';
import { processTerminal } from './output/terminal.js';

process.exitCode = await runCli(process.argv.slice(2), processTerminal());
