#!/usr/bin/env node
// Trunk's post-build hook. Trunk runs a stage's hooks concurrently, so the steps that depend on each
// other run here in order: put the loading shell's first view into index.html, write the service
// worker (it lists and hashes the assets, index.html included), then compress everything.
await import("./inline-first-view.mjs");
await import("./service-worker.mjs");
await import("./compress.mjs");
