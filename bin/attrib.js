#!/usr/bin/env node
// Thin entry: all behaviour lives in the compiled CLI (src/cli.ts).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
