#!/usr/bin/env node
// The command line is bundled by `npm run build:cli` (run on npm ci/install).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'arkivpost.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('arkivpost: not built yet. Run: npm run build:cli\n');
  process.exit(2);
}
require(bundle);
