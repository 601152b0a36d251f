#!/usr/bin/env node
// PLACEHOLDER (replaced by the CLI work).
process.stdout.write('usage: spamsift <check|train|eval|rules> [options]\n');
